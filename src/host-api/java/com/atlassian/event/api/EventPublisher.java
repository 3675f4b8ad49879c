package com.atlassian.event.api;

/**
 * Host-API declaration (atlassian-event, compile-only): the host's event bus, imported as an OSGi service. Confluence
 * calls listeners synchronously, in the thread that published the event.
 */
public interface EventPublisher {
    /** Delivers {@code event} to every registered listener method whose parameter type it is an instance of. */
    void publish(Object event);

    /** Registers the {@link EventListener} methods of {@code listener}; one without any is refused. */
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
