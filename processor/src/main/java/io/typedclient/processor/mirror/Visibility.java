package io.typedclient.processor.mirror;

import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.util.Elements;

/** Whether code generated in a package can name an element. */
public final class Visibility {
  private Visibility() {}

  /** Whether {@code element} is public, or neither private nor outside {@code packageName}. */
  public static boolean isVisibleFrom(String packageName, Element element, Elements elements) {
    if (element.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return !element.getModifiers().contains(Modifier.PRIVATE)
        && elements.getPackageOf(element).getQualifiedName().contentEquals(packageName);
  }
}
