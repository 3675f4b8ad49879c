package app.auraworkflows.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Build-time check of the built JAR: every class its descriptor names ({@code class=} attributes of any
 * module or condition, {@code <entity>}, {@code <upgradeTask>}) is either inside the JAR or in a package
 * the manifest imports. Confluence loads these classes through the plugin's bundle and does not transform
 * a JAR with {@code Atlassian-Plugin-Key}, so nothing would add a forgotten import: the plugin would not
 * enable. This test fails the build instead.
 */
class DescriptorClassesIT {

    @Test
    void everyClassTheDescriptorNamesIsInTheJarOrInAnImportedPackage() throws Exception {
        try (PluginJar jar = PluginJar.open()) {
            Set<String> imported = PluginJar.clauses(jar.header("Import-Package")).stream()
                    .map(c -> c.split(";")[0].trim()).collect(Collectors.toSet());
            List<String> named = namedClasses(jar.text("atlassian-plugin.xml"));
            assertTrue(named.size() > 10, "the descriptor names classes: " + named);
            List<String> missing = new ArrayList<>();
            for (String className : named) {
                String pkg = className.substring(0, className.lastIndexOf('.'));
                boolean packaged = jar.has(className.replace('.', '/') + ".class");
                if (!packaged && !imported.contains(pkg)) {
                    missing.add(className + " (package " + pkg + ")");
                }
            }
            assertEquals(List.of(), missing, "descriptor classes neither in the JAR nor imported");
        }
    }

    @Test
    void theCheckSeesAConditionFromAPackageThatIsNotImported() throws Exception {
        List<String> named = namedClasses("<atlassian-plugin><web-item key='x' section='system.header/left'>"
                + "<condition class='com.atlassian.confluence.plugin.descriptor.web.conditions.space.SomeCondition'/>"
                + "</web-item><ao key='ao'><entity>a.b.C</entity><upgradeTask>a.b.Task</upgradeTask></ao></atlassian-plugin>");
        assertEquals(List.of("a.b.C", "a.b.Task", "com.atlassian.confluence.plugin.descriptor.web.conditions.space.SomeCondition"),
                named);
    }

    /** Class names from {@code class} attributes anywhere, and from {@code <entity>}/{@code <upgradeTask>} texts. */
    static List<String> namedClasses(String descriptor) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(descriptor.getBytes(StandardCharsets.UTF_8)));
        TreeSet<String> names = new TreeSet<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("class")) {
                names.add(e.getAttribute("class").trim());
            }
            if (e.getTagName().equals("entity") || e.getTagName().equals("upgradeTask")) {
                names.add(e.getTextContent().trim());
            }
        }
        return List.copyOf(names);
    }
}
