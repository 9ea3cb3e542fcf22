package app.capgo.supportdesk.inquiry.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/**
 * What the Premium Support page publishes: its benefits (Capgo's response "aim" quoted as an aim,
 * not a target) and who may buy it, where Capgo's two pages disagree.
 */
final class PremiumBenefits extends Div {

    private static final List<String> BENEFITS = List.of("priority", "engineers", "aim", "contact");

    PremiumBenefits() {
        setId("inquiry-benefits");
        addClassName("premium-benefits");
        UnorderedList list = new UnorderedList();
        BENEFITS.forEach(b -> {
            ListItem item = new ListItem(getTranslation("inquiry.benefit." + b));
            item.getElement().setAttribute("data-benefit", b);
            list.add(item);
        });
        Paragraph who = new Paragraph(getTranslation("premium.who"));
        who.setId("inquiry-who");
        add(new H2(getTranslation("inquiry.benefits.title")), list, who);
    }
}
