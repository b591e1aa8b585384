package dev.parley.model.ui;

import org.osgi.annotation.versioning.ConsumerType;

/** Long work run off the event thread by {@link Workbench#run}. */
@ConsumerType
@FunctionalInterface
public interface Task<T> {

    /**
     * Does the work. Report progress and check {@link Progress#cancelled()} between steps; return
     * early (any value) when it is true.
     */
    T run(Progress progress) throws Exception;

    /** Progress of a running task, shown in the status bar. */
    interface Progress {
        /**
         * @param message  what is being done
         * @param fraction done so far, 0..1, or a negative number when unknown
         */
        void update(String message, double fraction);

        /** True once the user pressed cancel. */
        boolean cancelled();
    }
}
