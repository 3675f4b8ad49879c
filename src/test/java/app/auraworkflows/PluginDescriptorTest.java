package app.auraworkflows;

import app.auraworkflows.web.AuraScreenServlet;
import app.auraworkflows.web.WebModules;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The (filtered) plugin descriptor declares what the Java code expects: plugin key, servlets, menu
 * items, web-resources with existing files, the REST module, and an access annotation on every resource.
 */
class PluginDescriptorTest {
    private static Document descriptor;

    @BeforeAll
    static void parse() throws Exception {
        java.nio.file.Path filtered = java.nio.file.Path.of("target/classes/atlassian-plugin.xml");
        descriptor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(filtered));
    }

    private static List<Element> elements(String tag) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    private static Element byKey(String tag, String key) {
        return elements(tag).stream().filter(e -> key.equals(e.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no <" + tag + " key=" + key + ">"));
    }

    private static String child(Element element, String tag) {
        return element.getElementsByTagName(tag).item(0).getTextContent().trim();
    }

    @Test
    void pluginKeyVersionAndDataCenterParamsAreFilledIn() {
        Element root = descriptor.getDocumentElement();
        assertEquals(WebModules.PLUGIN_KEY, root.getAttribute("key"));
        Element info = (Element) root.getElementsByTagName("plugin-info").item(0);
        assertTrue(child(info, "version").matches("\\d+\\.\\d+\\.\\d+.*"));
        Map<String, String> params = new TreeMap<>();
        NodeList nodes = info.getElementsByTagName("param");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element param = (Element) nodes.item(i);
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
        assertNotNull(getClass().getResource("/" + params.get("plugin-icon")));
        assertNotNull(getClass().getResource("/" + params.get("plugin-logo")));
    }

    @Test
    void eachScreenServletIsMountedAtTheUrlTheCodeLinksTo() throws Exception {
        Map<String, String> servlets = new TreeMap<>();
        for (Element servlet : elements("servlet")) {
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            if (type == app.auraworkflows.web.WorkflowPanelServlet.class) {
                // Not a screen: the byline's fragment answers anonymous viewers with nothing instead of a login
                // redirect, and it is read-only (GET), so it has no form to protect with an XSRF token.
                assertEquals(jakarta.servlet.http.HttpServlet.class, type.getSuperclass());
                assertThrows(NoSuchMethodException.class, () -> type.getDeclaredMethod("doPost",
                        jakarta.servlet.http.HttpServletRequest.class, jakarta.servlet.http.HttpServletResponse.class));
            } else {
                assertTrue(AuraScreenServlet.class.isAssignableFrom(type), type + " must extend the access-checking base");
            }
            servlets.put("/plugins/servlet" + child(servlet, "url-pattern"), type.getSimpleName());
        }
        assertEquals(Map.of(WebModules.SETUP_PATH, "TwoFactorSetupServlet", WebModules.ADMIN_PATH, "TwoFactorAdminServlet",
                        WebModules.WORKFLOWS_PATH, "WorkflowListServlet", WebModules.WORKFLOW_BUILDER_PATH, "WorkflowBuilderServlet",
                        WebModules.TASKS_PATH, "TasksServlet", WebModules.AUDIT_PATH, "TwoFactorAuditServlet",
                        WebModules.PAGE_PANEL_PATH, "WorkflowPanelServlet"),
                servlets);
    }

    @Test
    void headerUserMenuAndAdminSidebarLinkTheScreensAtConfluenceLocationsWithConditions() {
        Element header = byKey("web-item", "aura-workflows-header-link");
        assertEquals("system.header/left", header.getAttribute("section"));
        assertEquals(WebModules.TASKS_PATH, child(header, "link"));
        Element user = byKey("web-item", "aura-2fa-user-link");
        assertEquals("system.settings.edit/yoursettings", user.getAttribute("section"));
        assertEquals(WebModules.SETUP_PATH, child(user, "link"));
        for (Element item : List.of(header, user)) {
            assertEquals("com.atlassian.confluence.plugin.descriptor.web.conditions.user.UserLoggedInCondition",
                    ((Element) item.getElementsByTagName("condition").item(0)).getAttribute("class"));
        }
        assertEquals("system.admin", byKey("web-section", "aura-workflows-admin").getAttribute("location"));
        Element admin = byKey("web-item", "aura-2fa-admin-sidebar-link");
        assertEquals("system.admin/aura-workflows-admin", admin.getAttribute("section"));
        assertEquals(WebModules.ADMIN_PATH, child(admin, "link"));
        assertEquals("com.atlassian.confluence.plugin.descriptor.web.conditions.ConfluenceAdministratorCondition",
                ((Element) admin.getElementsByTagName("condition").item(0)).getAttribute("class"));
        assertEquals(WebModules.WORKFLOWS_PATH, child(byKey("web-item", "aura-workflows-admin-sidebar-link"), "link"));
        assertEquals(1, descriptor.getElementsByTagName("web-section").getLength(), "only the admin sidebar section");
    }

    @Test
    void workflowPanelIsABylineWebItemMountedByPageContextResources() {
        // Confluence's page-banner plugin renders web-items of page.metadata.banner; no Confluence DC code renders
        // web-panels at atl.page.metadata.banner, so the panel must not depend on one.
        assertEquals(0, elements("web-panel").size(), "no web-panels");
        Element item = byKey("web-item", WebModules.BYLINE_ITEM);
        assertEquals(WebModules.BYLINE_SECTION, item.getAttribute("section"));
        Element link = (Element) item.getElementsByTagName("link").item(0);
        assertEquals(WebModules.BYLINE_LINK_ID, link.getAttribute("linkId"));
        assertEquals("aura.workflow.byline.label", ((Element) item.getElementsByTagName("label").item(0)).getAttribute("key"));
        assertFalse(child(item, "styleClass").isBlank());
        assertEquals("com.atlassian.confluence.plugin.descriptor.web.conditions.user.UserLoggedInCondition",
                ((Element) item.getElementsByTagName("condition").item(0)).getAttribute("class"));

        String key = WebModules.PANEL_RESOURCES.substring(WebModules.PANEL_RESOURCES.indexOf(':') + 1);
        Element resources = byKey("web-resource", key);
        assertEquals(WebModules.PAGE_CONTEXT, child(resources, "context"));
        assertEquals(WebModules.PLUGIN_KEY + ":aura-common-resources", child(resources, "dependency"));
    }

    @Test
    void webResourcesTheCodeRequiresExistAndTheirFilesArePackaged() {
        for (String completeKey : List.of(WebModules.SOY_TEMPLATES, WebModules.ADMIN_RESOURCES, WebModules.SETUP_RESOURCES,
                WebModules.WORKFLOW_RESOURCES, WebModules.PANEL_RESOURCES, WebModules.TASKS_RESOURCES)) {
            String key = completeKey.substring(completeKey.indexOf(':') + 1);
            Element resource = byKey("web-resource", key);
            NodeList files = resource.getElementsByTagName("resource");
            assertTrue(files.getLength() > 0);
            for (int i = 0; i < files.getLength(); i++) {
                String location = ((Element) files.item(i)).getAttribute("location");
                assertNotNull(getClass().getResource("/" + location), "missing " + location);
            }
        }
        assertEquals("soy", ((Element) byKey("web-resource", "aura-2fa-soy-templates")
                .getElementsByTagName("resource").item(0)).getAttribute("type"));
    }

    @Test
    void restModuleScansOurPackageAndEveryResourceHasAnAccessAnnotation() throws Exception {
        Element rest = byKey("rest", "aura-workflows-rest");
        assertEquals("/aura-workflows", rest.getAttribute("path"));
        assertEquals("1.0", rest.getAttribute("version"));
        assertEquals("app.auraworkflows.rest", child(rest, "package"));
        List<Class<? extends Annotation>> access = List.of(AdminOnly.class, LicensedOnly.class,
                AnonymousSiteAccess.class, UnrestrictedAccess.class);
        int resources = 0;
        try (var files = Files.list(java.nio.file.Path.of("target/classes/app/auraworkflows/rest"))) {
            for (java.nio.file.Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName("app.auraworkflows.rest." + name.replace(".class", ""));
                if (type.isAnnotationPresent(Path.class)) {
                    resources++;
                    assertTrue(access.stream().anyMatch(type::isAnnotationPresent), type + " has no access annotation");
                }
            }
        }
        // 2FA (3) + 2FA audit (1) + workflows, templates and the group picker (3) + pages and tasks (2)
        assertEquals(9, resources);
    }

    @Test
    void activeObjectsModuleHasANamespaceAndExactlyTheStoresEntities() {
        Element ao = byKey("ao", "ao-module");
        assertEquals(WebModules.PLUGIN_KEY, ao.getAttribute("namespace"));
        // Confluence migrates the descriptor's list; the store tests and the dev host migrate StoreEntities.ALL:
        // an entity missing from either would have no table in one of them.
        NodeList entities = ao.getElementsByTagName("entity");
        List<String> declared = new ArrayList<>();
        for (int i = 0; i < entities.getLength(); i++) {
            declared.add(entities.item(i).getTextContent().trim());
        }
        assertEquals(app.auraworkflows.store.StoreEntities.ALL.stream().map(Class::getName).sorted().toList(),
                declared.stream().sorted().toList());
        Element i18n = elements("resource").stream().filter(e -> "i18n".equals(e.getAttribute("type"))).findFirst().orElseThrow();
        assertEquals("i18n/aura-workflows", i18n.getAttribute("location"));
    }

    @Test
    void activeObjectsUpgradeTasksAreCreatableByTheAoPluginAndHaveOneModelVersionEach() throws Exception {
        NodeList tasks = byKey("ao", "ao-module").getElementsByTagName("upgradeTask");
        List<String> versions = new ArrayList<>();
        for (int i = 0; i < tasks.getLength(); i++) {
            Class<?> type = Class.forName(tasks.item(i).getTextContent().trim());
            assertTrue(ActiveObjectsUpgradeTask.class.isAssignableFrom(type), type + " must be an ActiveObjectsUpgradeTask");
            // the AO plugin instantiates the class itself; it is not a bean of ours (no component index entry)
            assertFalse(type.isAnnotationPresent(org.springframework.stereotype.Component.class), type.getName());
            ActiveObjectsUpgradeTask task = (ActiveObjectsUpgradeTask) type.getConstructor().newInstance();
            versions.add(task.getModelVersion().toString());
        }
        assertEquals(List.of("1", "2", "3", "4", "5"), versions, "RequireTwoFactorOffUpgradeTask,"
                + " EnrolmentSearchUpgradeTask, OpenTasksUpgradeTask, GroupReviewerRowsUpgradeTask,"
                + " AuditNameSearchUpgradeTask; a new task takes the next version");
    }
}
