package de.gemeinsinn.meetings;

enum DecisionMethod {
    CONSENSUS,
    VOTE
}
