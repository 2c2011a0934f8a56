package org.chmlfrp.bot.core.chmlfrp;

import com.fasterxml.jackson.databind.JsonNode;

/** A successful answer: its {@code data} (may be a JSON null) and its {@code msg}. */
record ApiAnswer(JsonNode data, String msg) {}
