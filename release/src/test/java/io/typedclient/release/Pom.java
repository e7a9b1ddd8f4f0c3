package io.typedclient.release;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** A POM as written (not the effective model): the text of elements found by a path of child names. */
final class Pom {
  private final Element project;

  private Pom(Element project) {
    this.project = project;
  }

  static Pom parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new Pom(factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement());
    } catch (Exception e) {
      throw new AssertionError("not a well-formed POM", e);
    }
  }

  /** The trimmed text at {@code path} ("scm/url"), or {@code null} when there is no such element. */
  String text(String path) {
    List<Element> found = all(path);
    return found.isEmpty() ? null : found.get(0).getTextContent().trim();
  }

  /** Every element at {@code path} ("dependencyManagement/dependencies/dependency"). */
  List<Element> all(String path) {
    List<Element> current = List.of(project);
    for (String name : path.split("/")) {
      List<Element> next = new ArrayList<>();
      for (Element element : current) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element && ((Element) child).getTagName().equals(name)) {
            next.add((Element) child);
          }
        }
      }
      current = next;
    }
    return current;
  }

  /** The text of the child {@code name} of {@code element}, or {@code null}. */
  static String child(Element element, String name) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element && ((Element) child).getTagName().equals(name)) {
        return child.getTextContent().trim();
      }
    }
    return null;
  }

  Element root() {
    return project;
  }
}
