package org.codesign.cli;

/**
 * The mapping reader and analyser report fields as "$.layer.M: missing" or "mapping[1].level: ...";
 * the CLI reports every file's fields as JSON pointers ("/layer/M: missing") like the study files.
 * A message wrapped with its parent's path ("$.a[1]: $.a[1].b: ...") keeps the innermost path.
 */
final class MappingMessages {
    private MappingMessages() {}

    static String located(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (e instanceof ArithmeticException) {
            return "/: a size in the file is too large to compute with (" + message + ")";
        }
        while (message.matches("(?s)\\$[^\\s:]*: \\$.*")) {
            message = message.substring(message.indexOf(": ") + 2);
        }
        int colon = message.indexOf(": ");
        String head = colon < 0 ? "" : message.substring(0, colon);
        if (head.startsWith("/")) {
            return message;
        }
        if (head.startsWith("$")) {
            return pointer(head.substring(1)) + message.substring(colon);
        }
        if (head.matches("mapping(\\[\\d+\\])?(\\.\\w+)*")) {
            return pointer("." + head) + message.substring(colon);
        }
        return "/: " + message;
    }

    /** ".layer.levels[2].kind" to "/layer/levels/2/kind"; "" is the root "/". */
    static String pointer(String dotted) {
        String p = dotted.replaceAll("\\[(\\d+)\\]", ".$1").replace('.', '/');
        return p.isEmpty() ? "/" : p;
    }
}
