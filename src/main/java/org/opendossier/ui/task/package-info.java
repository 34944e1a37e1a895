/**
 * The one way view models run slow work: {@link org.opendossier.ui.task.BackgroundTask} says what to do
 * and what to do with the outcome; a {@link org.opendossier.ui.task.TaskExecutor} runs it. May depend on
 * JavaFX's application thread only.
 */
package org.opendossier.ui.task;
