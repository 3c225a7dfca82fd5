package id.go.jabarprov.disnakertrans.jobinfo.infrastructure;

import java.util.List;

/** The file as a whole cannot be read; the problem's key and arguments say why. */
final class UnreadableSheet extends Exception {

    private final String key;
    private final List<String> args;

    UnreadableSheet(String key, List<String> args, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = List.copyOf(args);
    }

    String key() {
        return key;
    }

    List<String> args() {
        return args;
    }
}
