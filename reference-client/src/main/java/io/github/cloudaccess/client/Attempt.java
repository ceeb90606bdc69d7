package io.github.cloudaccess.client;

import io.github.cloudaccess.client.plan.Route;
import io.github.cloudaccess.client.transfer.AttemptOutcome;

/**
 * One route tried for a record, and how it ended.
 *
 * @param route the route
 * @param outcome {@code served} or why it failed
 * @param detail a short note without secrets; never asserted on
 */
public record Attempt(Route route, AttemptOutcome outcome, String detail) {}
