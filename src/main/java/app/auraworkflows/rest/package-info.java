/**
 * The app's REST resources (guard clauses, one service call, a DTO) and their JSON types.
 *
 * <p><b>XSRF.</b> Every state-changing method (POST, PUT, PATCH, DELETE) accepts a request only if it has
 * {@code Content-Type: application/json} or the header {@code X-Atlassian-Token: no-check}; anything else (no
 * body, a form, {@code text/plain}) is what a page on another site can send with the user's cookies and no CORS
 * preflight, and is refused with 403 {@code XSRF_CHECK_FAILED} before anything changes. Methods that read a body
 * declare {@code @Consumes(MediaType.APPLICATION_JSON)} (415 for other types); bodyless ones (revoke, unlock,
 * delete) therefore need the header. The rule is the plugin's own ({@link app.auraworkflows.rest.RestXsrfRule},
 * applied by the {@code RestCaller} guard every method starts with), not left to the host's XSRF filter, whose
 * strictness differs between REST versions and configurations.
 *
 * <p><b>WebSudo.</b> Admin resources that change 2FA state, or show what the WebSudo-protected admin screens show
 * (enrolment lists, user search with e-mail addresses, the audit log and its CSV), carry SAL's
 * {@code @WebSudoRequired}: a cookie session without a secure administrator session gets 401. HTTP Basic and
 * personal access tokens are not asked for it, as in Confluence.
 *
 * <p><b>Headers.</b> {@link app.auraworkflows.rest.NoSniffResponseFilter} adds
 * {@code X-Content-Type-Options: nosniff} to every answer.
 *
 * <p>Every type that reaches the JSON provider, as a request entity, an answer or an error body, or nested in
 * one, is a record annotated for Jackson: {@code @JsonAutoDetect} (record fields visible; getters, is-getters and
 * setters not), {@code @JsonProperty} on each component (its wire name, which also binds the canonical
 * constructor as the creator), {@code @JsonInclude} (whether nulls are written) and, on the types read from
 * requests, {@code @JsonIgnoreProperties(ignoreUnknown = true)}. The host's REST JSON provider decides none of
 * this then: Atlassian's provider turns property auto-detection off, and the plugin can only see
 * jackson-annotations (databind and its modules are not imported), so dates are ISO-8601 strings
 * ({@code Instant.toString()}) and enums are sent as their names, never left to a JSR-310 or Jdk8 module.
 *
 * <p>Request bodies are strict whatever the host's mapper allows. Jackson's coercions ({@code "1"} to 1,
 * {@code 1.5} to 1, {@code "true"} to true, 7 to {@code "7"}) can only be turned off in the mapper's configuration
 * ({@code CoercionConfig}, {@code ACCEPT_FLOAT_AS_INT}, {@code ALLOW_COERCION_OF_SCALARS}), which the host owns;
 * no jackson-annotations switch ({@code @JsonFormat(lenient)}, {@code @JsonSetter}) stops them for numbers,
 * booleans and strings. So each request record has a delegating {@code @JsonCreator} ({@code fromJson(Object)}):
 * Jackson hands it the untyped tree, which no configuration coerces, and {@link app.auraworkflows.rest.JsonFields}
 * reads every field with its exact JSON type, refusing control characters in text as well. The first problem is
 * kept in the record's {@code @JsonIgnore} component {@code inputError}, never thrown, so the resource answers
 * 400 INVALID_INPUT naming the field ({@code transitions[1].minApprovals}) whatever the host's exception mapping;
 * {@code StrictRequestJsonTest} proves it under the dev host's mapper, a default one and a lenient one. Path and
 * query parameters go through {@link app.auraworkflows.rest.RestParameters}: ids are ASCII decimal without sign or
 * leading zero (a malformed path id answers 404 like a missing one; a malformed number in a query, 400).
 */
package app.auraworkflows.rest;
