package graphql

import "testing"

// TestQuorumVotesRoundsUp: the API's quorum is the contract's (BevanGovernor rounds the percentage up), so a
// proposal that only its proposer voted for among three members at 50 % is shown DEFEATED, as the chain says.
func TestQuorumVotesRoundsUp(t *testing.T) {
	for _, tc := range []struct{ members, percent, want int64 }{
		{3, 50, 2}, {2, 50, 1}, {4, 50, 2}, {6, 50, 3}, {7, 50, 4}, {3, 1, 1}, {10, 25, 3}, {1, 100, 1}, {0, 50, 0}, {5, 100, 5},
	} {
		if got := quorumVotes(tc.members, tc.percent); got != tc.want {
			t.Errorf("quorumVotes(%d members, %d%%) = %d, want %d", tc.members, tc.percent, got, tc.want)
		}
	}
}
