package kiosk.app.admin;

import java.util.List;
import kiosk.config.EffectiveConfig;
import kiosk.config.KioskConfig;

/**
 * A reloaded kiosk.yaml against the one the kiosk started with: the settings only a restart applies, so
 * staff who reload are told which of their changes are not running yet instead of assuming all are.
 * Keys as {@code ./kiosk config show} and {@code diff} print them.
 */
final class ConfigChanges {

    /** What a reload applies while the kiosk runs ({@link AdminModel#reloadConfig}); a trailing dot is a section. */
    private static final List<String> APPLIED_LIVE = List.of("version", "services.", "paper.", "admin.idle-timeout");
    private static final int LISTED = 4;

    private ConfigChanges() {
    }

    /** The changed settings, in kiosk.yaml's order, that wait for a restart. */
    static List<String> needingRestart(KioskConfig startedWith, KioskConfig reloaded) {
        return EffectiveConfig.diff(startedWith, reloaded).stream().map(EffectiveConfig.Change::key)
                .filter(key -> APPLIED_LIVE.stream().noneMatch(live -> live.endsWith(".") ? key.startsWith(live) : key.equals(live)))
                .toList();
    }

    /** The first few keys, then how many more: a notice line, not a report. */
    static String shortList(List<String> keys) {
        String shown = String.join(", ", keys.subList(0, Math.min(LISTED, keys.size())));
        return keys.size() > LISTED ? shown + " (+" + (keys.size() - LISTED) + ")" : shown;
    }
}
