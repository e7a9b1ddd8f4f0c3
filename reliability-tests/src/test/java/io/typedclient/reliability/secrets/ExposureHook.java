package io.typedclient.reliability.secrets;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import net.jqwik.api.lifecycle.AfterContainerHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.ContainerLifecycleContext;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * {@link ExposureExtension} for jqwik (registered in {@code META-INF/services/net.jqwik.api.lifecycle.LifecycleHook}):
 * names the running property, records what a failing property threw and how many tries each made, and each
 * container that ran to its end.
 */
public final class ExposureHook implements AroundPropertyHook, AfterContainerHook {

  @Override
  public boolean appliesTo(Optional<AnnotatedElement> element) {
    return true;
  }

  /** Registered for the whole engine, so it must reach every container and property below it. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    String name = context.containerClass().getSimpleName() + "." + context.targetMethod().getName();
    Exposure.global().context(name);
    PropertyExecutionResult result = property.execute();
    result.throwable().ifPresent(Exposure.global()::exception);
    Exposure.global().tries(name, result.countTries());
    return result;
  }

  @Override
  public void afterContainer(ContainerLifecycleContext context) {
    context.optionalContainerClass().ifPresent(container -> Exposure.global().finished(container.getName()));
  }
}
