package com.atlassian.jira.task.context;

// Source: CFR-decompiled Atlassian anonymisation handlers (streams, whisper): parameter.getContext().start(null) returns a
// Context.Task, completed once per unit of work (or closed by try-with-resources). The anonymisation progress bar counts
// these against getNumberOfTasks.
// UNVERIFIED: the parameter type of start (Atlassian's code passes null; declared Object) and Task's other members
// (close(), which makes it usable in try-with-resources, is not declared: Handoff calls complete()).
public interface Context {
    Task start(Object input);

    interface Task {
        void complete();
    }
}
