import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Build step (generate-test-resources, dev host only): puts the real AUI (npm {@code @atlassian/aui})
 * and jQuery (AUI's peer dependency) on the test classpath under {@code devhost-aui/}, so the dev host
 * chrome looks and behaves like Confluence. Uses the machine's {@code npm pack} (npm registry only,
 * npm's cache makes repeat builds offline-capable) and unpacks the tarballs itself.
 *
 * <p>Never fails the build: without npm, without network, or with {@code -Ddevhost.aui.skip=true}, it
 * prints why and the dev host falls back to its small hand-written AUI-like stylesheet.
 *
 * <p>Usage: {@code java FetchAui.java <outputDir> <workDir> <auiVersion> <jqueryVersion> [skip]}
 */
public final class FetchAui {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path work = Path.of(args[1]);
        String aui = args[2];
        String jquery = args[3];
        if (args.length > 4 && "true".equals(args[4])) {
            System.out.println("[devhost-aui] skipped (devhost.aui.skip=true): fallback stylesheet");
            return;
        }
        String marker = "aui " + aui + ", jquery " + jquery;
        Path markerFile = out.resolve("VERSION");
        if (Files.isRegularFile(markerFile) && Files.readString(markerFile).trim().equals(marker)) {
            return; // already unpacked
        }
        String npm = findOnPath(isWindows() ? "npm.cmd" : "npm");
        if (npm == null) {
            System.out.println("[devhost-aui] npm not found: the dev host uses its fallback stylesheet");
            return;
        }
        Files.createDirectories(work);
        List<String> command = List.of(npm, "pack", "--silent", "@atlassian/aui@" + aui, "jquery@" + jquery);
        Process p = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            System.out.println("[devhost-aui] npm pack failed (offline?): fallback stylesheet. " + output.trim());
            return;
        }
        Path auiTgz = work.resolve("atlassian-aui-" + aui + ".tgz");
        Path jqTgz = work.resolve("jquery-" + jquery + ".tgz");
        Files.createDirectories(out);
        int files = untar(auiTgz, "package/dist/aui/", out);
        files += untar(jqTgz, "package/dist/jquery.min.js", out);
        Files.writeString(markerFile, marker + "\n");
        System.out.println("[devhost-aui] " + marker + " unpacked (" + files + " files) into " + out);
    }

    /** Extracts entries under {@code prefix} (minus the prefix's directory part), skipping source maps. */
    private static int untar(Path tgz, String prefix, Path out) throws IOException {
        int count = 0;
        String stripDir = prefix.endsWith("/") ? prefix : prefix.substring(0, prefix.lastIndexOf('/') + 1);
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(Files.newInputStream(tgz)))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512) {
                String name = field(header, 0, 100);
                if (name.isEmpty()) {
                    break;
                }
                String ustarPrefix = field(header, 345, 155);
                if (!ustarPrefix.isEmpty()) {
                    name = ustarPrefix + "/" + name;
                }
                long size = Long.parseLong(field(header, 124, 12).trim().isEmpty() ? "0" : field(header, 124, 12).trim(), 8);
                char type = (char) header[156];
                byte[] data = in.readNBytes((int) size);
                long pad = (512 - size % 512) % 512;
                in.readNBytes((int) pad);
                if ((type == '0' || type == 0) && name.startsWith(prefix) && !name.endsWith(".map") && !name.contains("..")) {
                    Path target = out.resolve(name.substring(stripDir.length()));
                    Files.createDirectories(target.getParent());
                    Files.write(target, data);
                    count++;
                }
            }
        }
        return count;
    }

    private static String field(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }

    private static String findOnPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, exe);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().contains("win");
    }
}
