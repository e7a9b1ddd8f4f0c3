/**
 * The {@code @JsonModel} step: a reflection-free Moshi adapter for each model class, record and enum.
 *
 * <p>Split by role. Validation and reading: {@link io.typedclient.processor.json.ModelShapeValidator} (kind,
 * visibility, nesting, type parameters), {@link io.typedclient.processor.json.ObjectModelReader} (constructor,
 * {@link io.typedclient.processor.json.AccessorFinder accessors}, {@code @Json} and {@code Nullable} through
 * {@link io.typedclient.processor.json.JsonAnnotations}, {@link io.typedclient.processor.json.PropertyTypeValidator
 * property types}), {@link io.typedclient.processor.json.EnumModelReader} and
 * {@link io.typedclient.processor.json.FallbackValidator}. Model: {@link io.typedclient.processor.json.ObjectModel},
 * {@link io.typedclient.processor.json.Property}, {@link io.typedclient.processor.json.EnumModel},
 * {@link io.typedclient.processor.json.ModelGraph} (which models contain themselves). Writers:
 * {@link io.typedclient.processor.json.AdapterTypeWriter} (what every adapter shares: {@code @Generated},
 * {@code FACTORY}, constructor, {@code toString}), {@link io.typedclient.processor.json.ObjectAdapterWriter} with
 * {@link io.typedclient.processor.json.AdapterFields}, {@link io.typedclient.processor.json.FromJsonWriter} and
 * {@link io.typedclient.processor.json.ToJsonWriter}, and {@link io.typedclient.processor.json.EnumAdapterWriter}.
 * How an adapter is obtained for a type is decided in one place, {@code common/AdapterCodes}, which generated
 * clients use too.
 *
 * <p>Tests: {@code JsonModelGoldenTest} compares generated adapters with
 * {@code src/test/resources/golden/json/}; regenerate them after an intended change with
 * {@code ./mvnw -B -pl processor -am verify -Dtest=JsonModelGoldenTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true} and review the diff. {@code JsonModelErrorsTest} has one test per compile error.
 */
package io.typedclient.processor.json;
