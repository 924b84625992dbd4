package dev.crm.complaint.domain.crisis;

/** The customers' mood (004 §6.3 weighs it into the crisis level). */
public enum CustomerEmotion {
    DISSATISFIED(1), ANGRY(2), OUTRAGED(3);

    final int points;

    CustomerEmotion(int points) {
        this.points = points;
    }
}
