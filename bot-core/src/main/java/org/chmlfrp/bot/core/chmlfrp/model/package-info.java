/**
 * Typed records of the ChmlFrp API v2. The API's string booleans ({@code "true"/"false"},
 * {@code "yes"/"no"}) and its nullable fields are turned into real Java types when a
 * response is decoded, and nowhere else. Records that carry a secret hide it in
 * {@code toString()}.
 */
package org.chmlfrp.bot.core.chmlfrp.model;
