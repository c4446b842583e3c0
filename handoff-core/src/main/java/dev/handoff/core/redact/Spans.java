package dev.handoff.core.redact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Candidate secret spans from all detectors; resolves overlaps before the text is rewritten. */
final class Spans {
    record Span(int start, int end, String kind, int priority) {
    }

    private final List<Span> spans = new ArrayList<>();

    void add(int start, int end, String kind, int priority) {
        if (end > start) {
            spans.add(new Span(start, end, kind, priority));
        }
    }

    /** Drops guesses (priority at most {@code maxPriority}) that fall inside a public block such as a certificate. */
    void dropWithin(List<int[]> ranges, int maxPriority) {
        if (ranges.isEmpty()) {
            return;
        }
        spans.removeIf(sp -> {
            if (sp.priority > maxPriority) {
                return false;
            }
            for (int[] r : ranges) {
                if (sp.start >= r[0] && sp.end <= r[1]) {
                    return true;
                }
            }
            return false;
        });
    }

    boolean isEmpty() {
        return spans.isEmpty();
    }

    /**
     * Unions overlapping spans so no part of a secret is left behind; the merged span takes the kind of its
     * highest-priority (then longest) member.
     */
    List<Span> resolve() {
        if (spans.size() <= 1) {
            return spans;
        }
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> out = new ArrayList<>();
        Span cur = sorted.get(0);
        Span best = cur;
        int end = cur.end;
        int start = cur.start;
        for (int i = 1; i < sorted.size(); i++) {
            Span s = sorted.get(i);
            if (s.start < end) {
                end = Math.max(end, s.end);
                if (s.priority > best.priority
                        || (s.priority == best.priority && s.end - s.start > best.end - best.start)) {
                    best = s;
                }
            } else {
                out.add(new Span(start, end, best.kind, best.priority));
                start = s.start;
                end = s.end;
                best = s;
            }
        }
        out.add(new Span(start, end, best.kind, best.priority));
        return out;
    }
}
