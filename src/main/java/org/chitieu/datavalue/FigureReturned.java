package org.chitieu.datavalue;

/**
 * A head returned a figure: whoever submitted it ({@code submittedBy}) should hear why. {@code subject}
 * names the figure and gives the reason. Published inside the review's transaction.
 */
public record FigureReturned(String submittedBy, String subject) {
}
