/**
 * Typed records of the ChmlFrp API v2, read by Jackson databind: the API's field names are
 * given by {@code @JsonProperty}/{@code @JsonAlias} on the records, and the package-private
 * {@code LenientModule} of {@code chmlfrp} reads its loose scalars (string booleans
 * {@code "true"/"false"}, {@code "yes"/"no"}, numbers as strings or floats, {@code ""}).
 * Records that carry a secret hide it in {@code toString()}.
 */
package org.chmlfrp.bot.core.chmlfrp.model;
