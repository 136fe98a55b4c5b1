package readings_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/bevan-health/bevan/store/storetest"
	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/readings"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// TestSettings: a site's range is set and replaced; a fridge's lots are held over [added, removed), found by the
// interval they overlap; a lot added and removed in the same second is held for no time; a setting is taken once; a
// lot held twice, one not held removed, or a 33rd lot change nothing.
func TestSettings(t *testing.T) {
	for _, kind := range storetest.Kinds() {
		t.Run(kind, func(t *testing.T) {
			ctx := context.Background()
			st := open(t, kind)
			dev, by := common.HexToAddress("0xf1"), common.HexToAddress("0xb1")
			n := 0
			apply := func(action telemetry.SettingAction, lot string, eff time.Time, lo, hi int64) error {
				n++
				s := telemetry.Setting{Device: dev, Action: action, Lot: lot, MinMilli: lo, MaxMilli: hi, IssuedAt: uint64(t0.Unix())}
				if !eff.IsZero() {
					s.EffectiveAt = uint64(eff.Unix())
				}
				return st.Apply(ctx, &readings.Applied{Digest: crypto.Keccak256Hash([]byte(fmt.Sprint(n))), Signer: by, Site: "RJ1",
					TakenAt: t0, Setting: s})
			}
			if _, err := st.Threshold(ctx, "RJ1", telemetry.CodeRoomTemperature); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("no threshold yet: %v", err)
			}
			for _, r := range [][2]int64{{2000, 8000}, {2500, 7500}} {
				if err := apply(telemetry.ActionThresholdSet, "", time.Time{}, r[0], r[1]); err != nil {
					t.Fatal(err)
				}
			}
			if th, err := st.Threshold(ctx, "RJ1", telemetry.CodeRoomTemperature); err != nil || th.MinMilli != 2500 || th.MaxMilli != 7500 || th.SetBy != by {
				t.Fatalf("threshold %+v %v", th, err)
			}
			h := func(d int) time.Time { return t0.Add(time.Duration(d) * time.Hour) }
			must := func(err error) {
				t.Helper()
				if err != nil {
					t.Fatal(err)
				}
			}
			must(apply(telemetry.ActionLotAdd, "A-1", h(-5), 0, 0))
			must(apply(telemetry.ActionLotAdd, "B-2", h(-3), 0, 0))
			must(apply(telemetry.ActionLotRemove, "A-1", h(-2), 0, 0))
			must(apply(telemetry.ActionLotAdd, "C-3", h(-1), 0, 0))
			must(apply(telemetry.ActionLotRemove, "C-3", h(-1), 0, 0)) // the same second: held for no time
			lots := func(from, to time.Time) string {
				ls, err := st.Lots(ctx, dev, from, to)
				if err != nil {
					t.Fatal(err)
				}
				out := ""
				for _, l := range ls {
					out += l.Lot + " "
				}
				return out
			}
			for _, c := range []struct {
				from, to time.Time
				want     string
			}{{h(-6), h(-5).Add(-time.Second), ""}, {h(-4), h(-4), "A-1 "}, {h(-4), h(-3), "A-1 B-2 "}, {h(-2), h(0), "B-2 "},
				{h(0), h(0), "B-2 "}, {h(-1), h(-1), "B-2 "}} {
				if got := lots(c.from, c.to); got != c.want {
					t.Errorf("lots over %s..%s: %q, want %q", c.from.Sub(t0), c.to.Sub(t0), got, c.want)
				}
			}
			if err := apply(telemetry.ActionLotAdd, "B-2", time.Time{}, 0, 0); !errors.Is(err, readings.ErrLotHeld) {
				t.Fatalf("B-2 again: %v", err)
			}
			if err := apply(telemetry.ActionLotRemove, "Z-9", time.Time{}, 0, 0); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("remove Z-9: %v", err)
			}
			if err := apply(telemetry.ActionLotRemove, "B-2", h(-4), 0, 0); !errors.Is(err, readings.ErrNotFound) {
				t.Fatalf("remove B-2 before it was added: %v", err)
			}
			saved := n
			n = 0 // the digest of the first setting, taken
			if err := apply(telemetry.ActionLotAdd, "D-4", time.Time{}, 0, 0); !errors.Is(err, readings.ErrDuplicate) {
				t.Fatalf("a setting taken twice: %v", err)
			}
			n = saved
			for i := range telemetry.MaxLots - 1 {
				must(apply(telemetry.ActionLotAdd, fmt.Sprintf("L-%d", i), time.Time{}, 0, 0))
			}
			if err := apply(telemetry.ActionLotAdd, "ONE-TOO-MANY", time.Time{}, 0, 0); !errors.Is(err, readings.ErrTooManyLots) {
				t.Fatalf("lot %d: %v", telemetry.MaxLots+1, err)
			}
			if ls, err := st.Lots(ctx, dev, t0, t0); err != nil || len(ls) != telemetry.MaxLots {
				t.Fatalf("%d lots held, want %d: %v", len(ls), telemetry.MaxLots, err)
			}
		})
	}
}
