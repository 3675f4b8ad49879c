/**
 * The app's REST resources (guard clauses, one service call, a DTO) and their JSON types.
 *
 * <p>Every type that reaches the JSON provider, as a request entity, an answer or an error body, or nested in
 * one, is a record annotated for Jackson: {@code @JsonAutoDetect} (record fields visible; getters, is-getters and
 * setters not), {@code @JsonProperty} on each component (its wire name, which also binds the canonical
 * constructor as the creator), {@code @JsonInclude} (whether nulls are written) and, on the types read from
 * requests, {@code @JsonIgnoreProperties(ignoreUnknown = true)}. The host's REST JSON provider decides none of
 * this then: Atlassian's provider turns property auto-detection off, and the plugin can only see
 * jackson-annotations (databind and its modules are not imported), so dates are ISO-8601 strings
 * ({@code Instant.toString()}) and enums are sent as their names, never left to a JSR-310 or Jdk8 module.
 */
package app.auraworkflows.rest;
