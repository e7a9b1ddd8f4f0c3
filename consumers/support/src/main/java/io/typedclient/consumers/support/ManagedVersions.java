package io.typedclient.consumers.support;

import java.nio.file.Paths;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The versions typedclient-parent manages for the project's own build and tests: what typedclient is tested with. */
public final class ManagedVersions {
  private ManagedVersions() {}

  /** The value of {@code <property>} in typedclient-parent's {@code <properties>}. */
  public static String of(String property) {
    String pom = Resolved.property("typedclient.parentPom");
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(Paths.get(pom).toFile());
      NodeList properties = document.getElementsByTagName("properties");
      NodeList values = ((org.w3c.dom.Element) properties.item(0)).getElementsByTagName(property);
      if (values.getLength() != 1) {
        throw new IllegalStateException(pom + " has " + values.getLength() + " <" + property + "> properties");
      }
      return values.item(0).getTextContent().trim();
    } catch (Exception e) {
      throw new IllegalStateException("cannot read <" + property + "> from " + pom, e);
    }
  }
}
