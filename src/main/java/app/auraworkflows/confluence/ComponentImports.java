package app.auraworkflows.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.setup.settings.GlobalSettingsManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import org.springframework.stereotype.Component;

/**
 * Role: the single declaration of every host (Confluence/SAL) OSGi service the plugin uses.
 *
 * <p>The build turns each {@code @ComponentImport} parameter below into a line of
 * {@code META-INF/plugin-components/imports}; spring-scanner then registers an OSGi service proxy bean
 * for it, and every other component receives these interfaces by plain constructor injection. Keeping the
 * imports in one class (and a test that forbids {@code @ComponentImport} elsewhere) makes the plugin's
 * dependency surface on the host reviewable at a glance.
 */
@Component
public class ComponentImports {

    @SuppressWarnings("unused")
    public ComponentImports(
            @ComponentImport UserManager userManager,
            @ComponentImport UserAccessor userAccessor,
            @ComponentImport CrowdService crowdService,
            @ComponentImport WebSudoManager webSudoManager,
            @ComponentImport XsrfTokenValidator xsrfTokenValidator,
            @ComponentImport XsrfTokenAccessor xsrfTokenAccessor,
            @ComponentImport LoginUriProvider loginUriProvider,
            @ComponentImport ApplicationProperties applicationProperties,
            @ComponentImport I18nResolver i18nResolver,
            @ComponentImport ActiveObjects activeObjects,
            @ComponentImport SoyTemplateRenderer soyTemplateRenderer,
            @ComponentImport PageBuilderService pageBuilderService,
            @ComponentImport GlobalSettingsManager globalSettingsManager,
            @ComponentImport PageManager pageManager,
            @ComponentImport PermissionManager permissionManager,
            @ComponentImport TimeZoneManager timeZoneManager,
            @ComponentImport EventPublisher eventPublisher,
            @ComponentImport SchedulerService schedulerService) {
        // Nothing to keep: the parameters exist only so the index lists these services as imports.
    }
}
