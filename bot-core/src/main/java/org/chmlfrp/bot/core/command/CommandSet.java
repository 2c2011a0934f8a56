package org.chmlfrp.bot.core.command;

import java.util.List;

/** A feature's commands. Features contribute these through a Guice Multibinder. */
public interface CommandSet {
    List<CommandSpec> commands();
}
