package app.auraworkflows.it;

import app.auraworkflows.devhost.junit.DevHostExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The XSRF contract of every state-changing REST endpoint with the host's XSRF filter on, as in Confluence. */
class ForgedRestRequestsIT extends ForgedRestRequestsSuite {
    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Override
    DevHostExtension host() {
        return host;
    }
}
