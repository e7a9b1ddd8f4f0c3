package io.typedclient.opentelemetry;

import static io.typedclient.opentelemetry.SemanticConventions.ERROR_TYPE;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_METHOD;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_METHOD_ORIGINAL;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_REQUEST_RESEND_COUNT;
import static io.typedclient.opentelemetry.SemanticConventions.HTTP_RESPONSE_STATUS_CODE;
import static io.typedclient.opentelemetry.SemanticConventions.SERVER_ADDRESS;
import static io.typedclient.opentelemetry.SemanticConventions.SERVER_PORT;
import static io.typedclient.opentelemetry.SemanticConventions.URL_FULL;
import static io.typedclient.opentelemetry.SemanticConventions.URL_TEMPLATE;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.typedclient.runtime.AttemptEnd;
import io.typedclient.runtime.AttemptStart;
import io.typedclient.runtime.CallListener;
import io.typedclient.runtime.ObservedRequest;
import io.typedclient.runtime.RateLimitStatus;
import org.jspecify.annotations.Nullable;

/**
 * One call's telemetry: the context it was made in, and the span of the attempt in progress. A call's events never
 * overlap (the runtime's rule), so one field holds the current attempt's span and context.
 */
final class CallTelemetry implements CallListener {
  private final OpenTelemetryObserver observer;
  private final Context parent;
  private @Nullable Span span;
  private @Nullable Context context;

  CallTelemetry(OpenTelemetryObserver observer, Context parent) {
    this.observer = observer;
    this.parent = parent;
  }

  @Override
  public void attemptStarted(AttemptStart attempt) {
    ObservedRequest request = attempt.request();
    String method = SemanticConventions.method(request.method());
    String template = request.pathTemplate();
    String target = method.equals(SemanticConventions.OTHER_METHOD) ? "HTTP" : method;
    SpanBuilder builder = observer.tracer()
        .spanBuilder(template.isEmpty() ? target : target + " " + template)
        .setParent(parent)
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HTTP_REQUEST_METHOD, method)
        .setAttribute(SERVER_ADDRESS, SemanticConventions.address(request.host()))
        .setAttribute(SERVER_PORT, request.port())
        .setAttribute(URL_FULL, request.redactedUrl());
    if (!method.equals(request.method())) {
      builder.setAttribute(HTTP_REQUEST_METHOD_ORIGINAL, request.method());
    }
    if (!template.isEmpty()) {
      builder.setAttribute(URL_TEMPLATE, template);
    }
    if (attempt.resendCount() > 0) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, attempt.resendCount());
    }
    span = builder.startSpan();
    context = parent.with(span);
    observer.propagator().inject(context, attempt, HeaderSetter.INSTANCE);
  }

  @Override
  public void attemptEnded(AttemptEnd attempt) {
    ObservedRequest request = attempt.request();
    int status = attempt.status();
    String errorType = SemanticConventions.errorType(status, attempt.failureType());
    Span ended = span;
    Context attemptContext = context != null ? context : parent;
    if (ended != null) {
      if (status != 0) {
        ended.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
      }
      if (errorType != null) {
        ended.setAttribute(ERROR_TYPE, errorType);
        ended.setStatus(StatusCode.ERROR);
      }
      ended.end();
      span = null;
      context = null;
    }

    AttributesBuilder attributes = Attributes.builder()
        .put(HTTP_REQUEST_METHOD, SemanticConventions.method(request.method()))
        .put(SERVER_ADDRESS, SemanticConventions.address(request.host()))
        .put(SERVER_PORT, request.port());
    if (!request.pathTemplate().isEmpty()) {
      attributes.put(URL_TEMPLATE, request.pathTemplate());
    }
    if (status != 0) {
      attributes.put(HTTP_RESPONSE_STATUS_CODE, status);
    }
    if (errorType != null) {
      attributes.put(ERROR_TYPE, errorType);
    }
    observer.duration().record(attempt.duration().toNanos() / 1e9, attributes.build(), attemptContext);

    RateLimitStatus rateLimit = attempt.rateLimit();
    if (rateLimit.isKnown()) {
      AttributesBuilder where = Attributes.builder()
          .put(SERVER_ADDRESS, SemanticConventions.address(request.host()))
          .put(SERVER_PORT, request.port());
      if (!request.pathTemplate().isEmpty()) {
        where.put(URL_TEMPLATE, request.pathTemplate());
      }
      Attributes at = where.build();
      if (rateLimit.remaining().isPresent()) {
        observer.rateLimitRemaining().set(rateLimit.remaining().getAsLong(), at, attemptContext);
      }
      if (rateLimit.limit().isPresent()) {
        observer.rateLimitLimit().set(rateLimit.limit().getAsLong(), at, attemptContext);
      }
    }
  }

  /** Writes propagation fields as headers of the attempt. */
  private enum HeaderSetter implements TextMapSetter<AttemptStart> {
    INSTANCE;

    @Override
    public void set(@Nullable AttemptStart attempt, String key, String value) {
      if (attempt != null) {
        attempt.setHeader(key, value);
      }
    }
  }
}
