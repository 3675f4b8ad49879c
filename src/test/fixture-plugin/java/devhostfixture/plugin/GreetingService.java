package devhostfixture.plugin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.inject.Inject;
import jakarta.inject.Named;

@Named
public class GreetingService {
    private final UserManager userManager;
    private final I18nResolver i18n;

    @Inject
    public GreetingService(@ComponentImport UserManager userManager, @ComponentImport I18nResolver i18n) {
        this.userManager = userManager;
        this.i18n = i18n;
    }

    public String greetCurrentUser() {
        UserProfile user = userManager.getRemoteUser();
        return fixturelib.Greeting.greet(user == null ? "anonymous" : user.getFullName());
    }

    public String title(String name) {
        return i18n.getText("fixture.hello.title", name);
    }

    public UserManager userManager() {
        return userManager;
    }
}
