package dev.handoff.jira.packaging;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The class names and i18n keys an {@code atlassian-plugin.xml} refers to. */
final class PluginDescriptor {

    final Document doc;

    PluginDescriptor(InputStream xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc = f.newDocumentBuilder().parse(xml);
    }

    /** Every {@code class} attribute plus {@code function-class}, {@code entity} and {@code upgradeTask} elements. */
    Set<String> classNames() {
        Set<String> out = new LinkedHashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("class")) {
                out.add(e.getAttribute("class").trim());
            }
            String tag = e.getTagName();
            if (tag.equals("function-class") || tag.equals("validator-class") || tag.equals("condition-class")
                    || tag.equals("entity") || tag.equals("upgradeTask")) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }

    /** Classes Jira instantiates through the plugin's container (not AO entities, which are interfaces). */
    List<String> instantiatedClasses() {
        List<String> out = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("class")) {
                out.add(e.getAttribute("class").trim());
            }
            if (e.getTagName().equals("function-class") || e.getTagName().equals("upgradeTask")) {
                out.add(e.getTextContent().trim());
            }
        }
        return out;
    }

    Set<String> i18nKeys() {
        Set<String> out = new LinkedHashSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String attr : new String[] {"i18n-name-key", "key"}) {
                if (e.hasAttribute(attr) && (attr.equals("i18n-name-key") || e.getTagName().equals("description")
                        || e.getTagName().equals("label"))) {
                    out.add(e.getAttribute(attr));
                }
            }
        }
        return out;
    }
}
