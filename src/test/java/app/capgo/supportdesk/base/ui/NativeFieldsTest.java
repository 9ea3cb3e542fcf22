package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-HTML fields of the customer pages: what their elements carry for the browser and assistive technology. */
class NativeFieldsTest {

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(NativeFieldsTest::descendants));
    }

    private static List<Element> tagged(Element root, String tag) {
        return descendants(root).filter(e -> !e.isTextNode() && tag.equals(e.getTag())).toList();
    }

    @Test
    void a_choice_group_is_a_fieldset_of_labelled_radio_buttons_sharing_its_name() {
        ChoiceGroup<String> group = new ChoiceGroup<>("plan", "Your plan");
        group.setItems(List.of("solo", "team"), Span::new);
        group.setHelperText("In your dashboard");

        assertThat(group.getElement().getTag()).isEqualTo("fieldset");
        assertThat(tagged(group.getElement(), "legend")).singleElement().extracting(Element::getText).isEqualTo("Your plan");
        List<Element> inputs = tagged(group.getElement(), "input");
        assertThat(inputs).hasSize(2).allSatisfy(input -> {
            assertThat(input.getAttribute("type")).isEqualTo("radio");
            assertThat(input.getAttribute("name")).isEqualTo("plan");
            assertThat(input.getParent().getTag()).isEqualTo("label");
        });
        assertThat(group.getElement().getAttribute("aria-describedby")).isEqualTo("plan-help");
        assertThat(group.getLabel()).isEqualTo("Your plan");
    }

    @Test
    void a_choice_group_checks_the_radio_button_of_its_value_and_marks_an_error_until_answered() {
        ChoiceGroup<String> group = new ChoiceGroup<>("plan", "Your plan");
        group.setItems(List.of("solo", "team"), Span::new);
        List<Element> inputs = tagged(group.getElement(), "input");

        group.setValue("team");
        assertThat(inputs.get(1).getProperty("checked", false)).isTrue();
        assertThat(inputs.get(0).getProperty("checked", true)).isFalse();
        assertThat(group.getItems()).containsExactly("solo", "team");

        group.setError("Please choose one answer.");
        assertThat(group.isInvalid()).isTrue();
        assertThat(group.getErrorMessage()).isEqualTo("Please choose one answer.");
        assertThat(inputs).allSatisfy(input -> assertThat(input.getAttribute("aria-invalid")).isEqualTo("true"));
        assertThat(group.getElement().getAttribute("aria-describedby")).isEqualTo("plan-help plan-error");

        group.setError(null);
        assertThat(group.isInvalid()).isFalse();
        assertThat(inputs).allSatisfy(input -> assertThat(input.hasAttribute("aria-invalid")).isFalse());
    }

    @Test
    void a_native_select_marks_the_option_of_its_value_each_in_its_language() {
        NativeSelect<String> select = new NativeSelect<>();
        select.setItems(List.of("en", "fr"), code -> code.equals("en") ? "English" : "Français", code -> code);
        select.setValue("fr");

        org.jsoup.select.Elements options = org.jsoup.Jsoup.parseBodyFragment(select.getOptionsHtml()).select("option");
        assertThat(options).extracting(org.jsoup.nodes.Element::text).containsExactly("English", "Français");
        assertThat(options).extracting(o -> o.attr("lang")).containsExactly("en", "fr");
        assertThat(options.get(1).hasAttr("selected")).isTrue();
        assertThat(options.get(0).hasAttr("selected")).isFalse();
        assertThat(select.getElement().getProperty("selectedIndex", -1)).isEqualTo(1);
        assertThat(select.getElement().getChildCount()).as("no server-side node per option").isZero();
    }

    @Test
    void a_native_select_takes_the_choice_the_browser_reports_and_shows_a_later_choice_from_the_server() throws Exception {
        NativeSelect<String> select = new NativeSelect<>();
        select.setItems(List.of("a", "b", "c"), code -> code, code -> null);
        select.setValue("a");
        List<String> heard = new java.util.ArrayList<>();
        select.addValueChangeListener(e -> heard.add(e.getValue() + (e.isFromClient() ? " from the browser" : "")));

        // The browser reports its selectedIndex with the change event (a synchronised property).
        select.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementPropertyMap.class)
                .deferredUpdateFromClient("selectedIndex", 2.0).run();
        assertThat(select.getValue()).isEqualTo("c");
        select.setValue("a");

        assertThat(heard).containsExactly("c from the browser", "a");
        assertThat(select.getElement().getProperty("selectedIndex", -1)).isEqualTo(0);
        assertThat(select.getOptionsHtml()).contains("<option value=\"0\" selected>a</option>");
    }

    @Test
    void a_labelled_field_ties_its_label_and_help_to_the_field() {
        NativeTextArea area = new NativeTextArea(20_000, 300);
        area.setId("docs-search");
        LabelledField field = new LabelledField(area, "Describe your problem", "We look in the docs");

        Element label = tagged(field.getElement(), "label").getFirst();
        assertThat(label.getAttribute("for")).isEqualTo("docs-search");
        assertThat(area.getElement().getAttribute("aria-describedby")).isEqualTo("docs-search-help");
        assertThat(area.getElement().getAttribute("maxlength")).isEqualTo("20000");
        assertThat(descendants(field.getElement()).anyMatch(e -> !e.isTextNode() && "docs-search-help".equals(e.getAttribute("id")))).isTrue();
    }

    @Test
    void a_read_only_text_area_is_read_only_for_the_browser_too() {
        NativeTextArea area = NativeTextArea.readOnly();
        assertThat(area.isReadOnly()).isTrue();
        assertThat(area.getElement().hasAttribute("readonly")).isTrue();
        assertThat(area.getElement().hasAttribute("maxlength")).isFalse();
    }

    @Test
    void a_native_input_is_the_browsers_input_of_its_type_with_its_length_limit() {
        NativeInput date = new NativeInput(NativeInput.Type.DATE, 10, 300);
        assertThat(date.getElement().getTag()).isEqualTo("input");
        assertThat(date.getElement().getAttribute("type")).isEqualTo("date");
        assertThat(date.getElement().getAttribute("maxlength")).isEqualTo("10");
        date.setValue("2026-11-27");
        assertThat(date.getElement().getProperty("value")).isEqualTo("2026-11-27");
        assertThat(new NativeInput(NativeInput.Type.TIME, 5, 300).getElement().getAttribute("type")).isEqualTo("time");
    }

    @Test
    void a_labelled_field_shows_an_error_under_its_help_and_marks_the_field_until_it_is_fixed() {
        NativeInput fee = new NativeInput(NativeInput.Type.TEXT, 40, 300);
        fee.setId("fee");
        LabelledField field = new LabelledField(fee, "Monthly fee", "An amount of zero or more");
        assertThat(tagged(field.getElement(), "p")).as("no error element until there is an error").hasSize(1);

        field.setError("The fee cannot be negative.");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("The fee cannot be negative.");
        assertThat(fee.getElement().getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(fee.getElement().getAttribute("aria-describedby")).isEqualTo("fee-help fee-error");
        Element error = tagged(field.getElement(), "p").get(1);
        assertThat(error.getAttribute("id")).isEqualTo("fee-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");

        field.setError(null);
        assertThat(field.isInvalid()).isFalse();
        assertThat(field.getErrorMessage()).isEmpty();
        assertThat(fee.getElement().hasAttribute("aria-invalid")).isFalse();
        assertThat(fee.getElement().getAttribute("aria-describedby")).isEqualTo("fee-help");

        field.setHelp("Whole minutes");
        assertThat(tagged(field.getElement(), "p").getFirst().getText()).isEqualTo("Whole minutes");
    }
}
