package app.auraworkflows.devhost.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confluence's {@link EventPublisher} as the dev host's plugins see it: listeners are the public one-parameter
 * methods annotated with atlassian-event's {@link EventListener} (the host's class: an annotation the plugin bundle
 * loaded from elsewhere does not count); an event goes to every such method whose parameter type it is an instance
 * of, synchronously, in the publishing thread; a listener that throws is logged and the others still run (a listener
 * cannot veto what caused the event). Registering an object without listener methods is refused, as atlassian-event
 * does, so a listener whose annotation did not resolve fails loudly instead of never hearing anything.
 */
public final class DevEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(DevEventPublisher.class);

    private record Invoker(Object listener, Method method) {
    }

    private final List<Invoker> invokers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Invoker invoker : invokers) {
            if (!invoker.method().getParameterTypes()[0].isInstance(event)) {
                continue;
            }
            try {
                invoker.method().invoke(invoker.listener(), event);
            } catch (InvocationTargetException e) {
                LOG.error("Listener {} failed on {}", invoker.method(), event.getClass().getName(), e.getCause());
            } catch (IllegalAccessException e) {
                LOG.error("Listener {} cannot be called", invoker.method(), e);
            }
        }
    }

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        List<Invoker> found = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                found.add(new Invoker(listener, method));
            }
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("No listener invokers were found for listener " + listener);
        }
        unregister(listener);
        invokers.addAll(found);
    }

    @Override
    public void unregister(Object listener) {
        invokers.removeIf(i -> i.listener() == listener);
    }

    @Override
    public void unregisterAll() {
        invokers.clear();
    }

    /** How many listener methods are registered (what a test asks after the plugin started or stopped). */
    public int listenerCount() {
        return invokers.size();
    }
}
