package io.typedclient.reliability.secrets;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * On every Jupiter test of the suite (registered by {@code ServiceLoader}, with extension auto-detection turned on
 * in {@code junit-platform.properties}, so no test class can forget it): names the running test in
 * {@link Exposure#global()}, hands it whatever a test or lifecycle method throws, and records each class that ran
 * to its end, for {@code SecretsAuditTest}.
 */
public final class ExposureExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {

  @Override
  public void beforeAll(ExtensionContext context) {
    Exposure.global().context(context.getDisplayName());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    Exposure.global().context(context.getRequiredTestClass().getSimpleName() + "." + context.getDisplayName());
  }

  @Override
  public void afterAll(ExtensionContext context) {
    Exposure.global().finished(context.getRequiredTestClass().getName());
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Exposure.global().exception(thrown);
    throw thrown;
  }

  @Override
  public void handleBeforeAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Exposure.global().exception(thrown);
    throw thrown;
  }

  @Override
  public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Exposure.global().exception(thrown);
    throw thrown;
  }

  @Override
  public void handleAfterEachMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Exposure.global().exception(thrown);
    throw thrown;
  }

  @Override
  public void handleAfterAllMethodExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
    Exposure.global().exception(thrown);
    throw thrown;
  }
}
