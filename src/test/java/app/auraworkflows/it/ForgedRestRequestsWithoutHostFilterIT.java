package app.auraworkflows.it;

import app.auraworkflows.devhost.junit.DevHostExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The XSRF contract of every state-changing REST endpoint on a host that does not filter forgeable requests
 * (the dev host's XSRF filter switched off): the plugin's own rule must refuse them all by itself.
 */
class ForgedRestRequestsWithoutHostFilterIT extends ForgedRestRequestsSuite {
    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData().configure(b -> b.xsrfFilterEnabled(false));

    @Override
    DevHostExtension host() {
        return host;
    }
}
