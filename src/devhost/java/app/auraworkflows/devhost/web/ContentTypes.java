package app.auraworkflows.devhost.web;

import java.util.Map;

/** Content types of the static files the dev host serves (plugin downloads, AUI, host assets). */
final class ContentTypes {

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("css", "text/css;charset=UTF-8"),
            Map.entry("js", "application/javascript;charset=UTF-8"),
            Map.entry("json", "application/json;charset=UTF-8"),
            Map.entry("html", "text/html;charset=UTF-8"),
            Map.entry("txt", "text/plain;charset=UTF-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("ttf", "font/ttf"),
            Map.entry("eot", "application/vnd.ms-fontobject"),
            Map.entry("map", "application/json;charset=UTF-8"));

    private ContentTypes() {
    }

    static String of(String name) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase();
        return BY_EXTENSION.getOrDefault(ext, "application/octet-stream");
    }

    /** Rejects path traversal and absolute paths in a resource path. */
    static boolean safePath(String path) {
        return path != null && !path.startsWith("/") && !path.contains("..") && !path.contains("\\") && !path.contains("\0");
    }
}
