package app.capgo.supportdesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StaticHtmlTest {

    @Test
    void a_frozen_part_keeps_its_tag_attributes_and_content_and_has_no_server_node_below() {
        Aside note = new Aside(new Paragraph("Source: "), new UnorderedList(new ListItem("One business day is 12 hours")));
        note.setId("how-we-count");
        note.addClassName("how-we-count");
        Anchor link = new Anchor("https://capgo.app/sla", "capgo.app/sla");
        NewTab.open(link);
        note.add(link);

        StaticHtml frozen = StaticHtml.of(note);

        assertThat(frozen.getElement().getTag()).isEqualTo("aside");
        assertThat(frozen.getElement().getAttribute("id")).isEqualTo("how-we-count");
        assertThat(frozen.getElement().getAttribute("class")).isEqualTo("how-we-count");
        assertThat(frozen.getElement().getChildCount()).isZero();
        assertThat(frozen.getInnerHtml()).startsWith("<p>Source: </p><ul><li>One business day is 12 hours</li></ul><a ");
        var anchor = Frozen.page(List.of(frozen)).selectFirst("#how-we-count > a");
        assertThat(anchor).isNotNull();
        assertThat(anchor.attributes().asList()).extracting(a -> a.getKey() + "=" + a.getValue())
                .containsExactlyInAnyOrder("href=https://capgo.app/sla", "target=_blank", "rel=noopener");
        assertThat(anchor.text()).isEqualTo("capgo.app/sla");
        assertThat(Frozen.element(List.of(frozen), "how-we-count").select("li").text()).isEqualTo("One business day is 12 hours");
    }

    @Test
    void text_that_looks_like_markup_stays_text() {
        StaticHtml frozen = StaticHtml.of(new Paragraph("<img src=x onerror=alert(1)> & \"quotes\""));
        assertThat(frozen.getInnerHtml()).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; \"quotes\"");
    }

    @Test
    void a_frozen_text_is_ascii_and_shared_by_every_page_that_freezes_the_same_part() {
        StaticHtml first = StaticHtml.of(new Paragraph("Capgo’s target: 2 h, «\u00a0vite\u00a0»"));
        StaticHtml second = StaticHtml.of(new Paragraph("Capgo’s target: 2 h, «\u00a0vite\u00a0»"));
        assertThat(first.getInnerHtml()).isSameAs(second.getInnerHtml());
        assertThat(first.getInnerHtml().chars()).allMatch(c -> c < 128);
        assertThat(Frozen.page(List.of(first)).body().wholeText()).isEqualTo("Capgo’s target: 2 h, «\u00a0vite\u00a0»");
    }
}
