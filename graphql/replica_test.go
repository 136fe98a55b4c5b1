package graphql

import (
	"strings"
	"testing"
)

func TestReplicaConfigCheck(t *testing.T) {
	ok := DefaultReplicaConfig()
	ok.DB = "postgres://bevan@db:5432/bevan"
	if err := ok.Check(); err != nil {
		t.Fatalf("valid config refused: %v", err)
	}
	for name, tc := range map[string]struct {
		mut  func(*ReplicaConfig)
		want string
	}{
		"sqlite":       {func(c *ReplicaConfig) { c.DB = "sqlite://index.db" }, "PostgreSQL"},
		"no db":        {func(c *ReplicaConfig) { c.DB = "" }, "PostgreSQL"},
		"no http":      {func(c *ReplicaConfig) { c.HTTPAddr = "" }, "http address"},
		"no poll":      {func(c *ReplicaConfig) { c.PollInterval = 0 }, "poll interval"},
		"zero timeout": {func(c *ReplicaConfig) { c.Server.Timeout = 0 }, "limits must be positive"},
	} {
		c := ok
		tc.mut(&c)
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error about %q", name, err, tc.want)
		}
	}
}
