package model

import (
	"fmt"
	"io"
	"slices"
	"strconv"
)

var (
	consentStatuses = []ConsentStatus{ConsentActive, ConsentRevoked, ConsentExpired}
	proposalStates  = []ProposalState{ProposalPending, ProposalActive, ProposalCanceled, ProposalDefeated, ProposalSucceeded,
		ProposalQueued, ProposalExpired, ProposalExecuted}
)

// IsValid reports whether s is one of the schema's ConsentStatus values.
func (s ConsentStatus) IsValid() bool { return slices.Contains(consentStatuses, s) }

// MarshalGQL writes s as a GraphQL enum value (a JSON string).
func (s ConsentStatus) MarshalGQL(w io.Writer) { writeEnum(w, s) }

// UnmarshalGQL reads one of the schema's ConsentStatus values.
func (s *ConsentStatus) UnmarshalGQL(v any) error {
	return readEnum(v, "ConsentStatus", consentStatuses, s)
}

// IsValid reports whether s is one of the schema's ProposalState values.
func (s ProposalState) IsValid() bool { return slices.Contains(proposalStates, s) }

// MarshalGQL writes s as a GraphQL enum value (a JSON string).
func (s ProposalState) MarshalGQL(w io.Writer) { writeEnum(w, s) }

// UnmarshalGQL reads one of the schema's ProposalState values.
func (s *ProposalState) UnmarshalGQL(v any) error {
	return readEnum(v, "ProposalState", proposalStates, s)
}

func writeEnum[E ~string](w io.Writer, e E) {
	_, _ = io.WriteString(w, strconv.Quote(string(e)))
}

func readEnum[E ~string](v any, name string, values []E, dst *E) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("enums must be strings")
	}
	if !slices.Contains(values, E(s)) {
		return fmt.Errorf("%s is not a valid %s", s, name)
	}
	*dst = E(s)
	return nil
}
