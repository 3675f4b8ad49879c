package app.auraworkflows.devhost.sal;

import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/**
 * SAL {@link TransactionTemplate}. In Confluence it opens a Hibernate transaction around the callback;
 * the dev host has no Hibernate session, and the plugin's data lives in Active Objects, which
 * transacts itself ({@code ActiveObjects.executeInTransaction}). So this runs the callback directly;
 * plugin code that needs atomicity must use Active Objects transactions or atomic SQL, which is also
 * what stays correct on a cluster.
 */
public final class DevTransactionTemplate implements TransactionTemplate {

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return action.doInTransaction();
    }
}
