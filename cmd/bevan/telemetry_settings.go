package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bevan-health/bevan/telemetry"
	"github.com/bevan-health/bevan/telemetry/gateway"
	"github.com/urfave/cli/v2"
)

// telemetrySettingFlags are a site setting's flags: the chain (for the EIP-712 domain), the registrar's wallet, the
// gateway and the fridge.
func telemetrySettingFlags(extra ...cli.Flag) []cli.Flag {
	fs := append(chainFlags(false),
		&cli.StringFlag{Name: "password-file", Usage: "file holding the wallet password (trailing newline ignored); default: prompt"},
		&cli.StringFlag{Name: "password-env", Usage: "name of an environment variable holding the wallet password; default: prompt"},
		&cli.StringFlag{Name: "device-registry", Usage: "DeviceRegistry address (default: the manifest's)"},
		&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
		&cli.StringFlag{Name: "device", Usage: "the fridge's cold-store sensor (its site's range; its lots); required"})
	return append(fs, extra...)
}

func telemetryShowFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "gateway", Value: "http://127.0.0.1:8549", Usage: "telemetry gateway URL", EnvVars: []string{"BEVAN_TELEMETRY_URL"}},
		&cli.StringFlag{Name: "device", Required: true, Usage: "the fridge's cold-store sensor"},
		&cli.BoolFlag{Name: "json", Usage: "print JSON"},
	}
}

func telemetryThresholdCommand() *cli.Command {
	return &cli.Command{
		Name:  "threshold",
		Usage: "a site's cold-store temperature range at its gateway (default 2–8 °C), set by the registrar of one of its fridges",
		Subcommands: []*cli.Command{
			{
				Name:  "set",
				Usage: "set the range of the fridge's site (every cold store there): your wallet, the fridge's registrar, signs it",
				Flags: telemetrySettingFlags(
					&cli.StringFlag{Name: "min", Required: true, Usage: "lowest allowed temperature, °C (e.g. 2)"},
					&cli.StringFlag{Name: "max", Required: true, Usage: "highest allowed temperature, °C (e.g. 8)"}),
				Action: func(c *cli.Context) error {
					lo, err := parseMilli("--min", c.String("min"))
					if err != nil {
						return err
					}
					hi, err := parseMilli("--max", c.String("max"))
					if err != nil {
						return err
					}
					if err := telemetry.CheckRange(telemetry.CodeRoomTemperature, lo, hi); err != nil {
						return err
					}
					return sendSettings(c, telemetry.Setting{Action: telemetry.ActionThresholdSet, MinMilli: lo, MaxMilli: hi})
				},
			},
			{
				Name:   "show",
				Usage:  "show the range of the fridge's site and who set it",
				Flags:  telemetryShowFlags(),
				Action: func(c *cli.Context) error { return showSettings(c) },
			},
		},
	}
}

func telemetryLotsCommand() *cli.Command {
	since := &cli.StringFlag{Name: "since", Usage: "when the lots went in or out of the fridge: RFC 3339, or a duration ago (90m); at most a week back (default: now)"}
	change := func(action telemetry.SettingAction) cli.ActionFunc {
		return func(c *cli.Context) error {
			lots, err := positional(c)
			if err != nil {
				return err
			}
			if len(lots) == 0 {
				return fmt.Errorf("%s: name at least one lot", c.Command.FullName())
			}
			for _, l := range lots {
				if err := telemetry.CheckLot(l); err != nil {
					return err
				}
			}
			var eff uint64
			if s := c.String("since"); s != "" {
				at, err := parseSince(s, time.Now())
				if err != nil {
					return err
				}
				eff = uint64(at.Unix())
			}
			var ss []telemetry.Setting
			for _, l := range lots {
				ss = append(ss, telemetry.Setting{Action: action, Lot: l, EffectiveAt: eff})
			}
			return sendSettings(c, ss...)
		}
	}
	return &cli.Command{
		Name:  "lots",
		Usage: "the vaccine lots a fridge holds, booked at its gateway by the fridge's registrar (an excursion lists those held during it)",
		Subcommands: []*cli.Command{
			{Name: "add", Usage: "book lots into the fridge", ArgsUsage: "LOT...", Flags: telemetrySettingFlags(since), Action: change(telemetry.ActionLotAdd)},
			{Name: "remove", Usage: "book lots out of the fridge", ArgsUsage: "LOT...", Flags: telemetrySettingFlags(since), Action: change(telemetry.ActionLotRemove)},
			{Name: "list", Usage: "the lots the fridge holds now", Flags: telemetryShowFlags(), Action: func(c *cli.Context) error { return showSettings(c) }},
		},
	}
}

// parseMilli parses a decimal (at most three decimals) as thousandths: "2" → 2000, "-0.5" → -500.
func parseMilli(what, s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	whole, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	bad := fmt.Errorf("%s %q: want a number with at most three decimals (e.g. 8 or 7.5)", what, s)
	if whole == "" || len(frac) > 3 || strings.HasPrefix(whole, "+") {
		return 0, bad
	}
	w, err := strconv.ParseInt(whole, 10, 32)
	if err != nil {
		return 0, bad
	}
	f := int64(0)
	if frac != "" {
		if f, err = strconv.ParseInt((frac + "00")[:3], 10, 32); err != nil || strings.HasPrefix(frac, "-") {
			return 0, bad
		}
	}
	v := w*1000 + f
	if neg {
		v = -v
	}
	return v, nil
}

// parseSince parses an RFC 3339 time or a duration before now.
func parseSince(s string, now time.Time) (time.Time, error) {
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--since %q: want RFC 3339 (2026-11-30T09:00:00Z) or a duration ago (90m)", s)
	}
	return t, nil
}

// sendSettings signs each setting for --device with the wallet and posts it to the gateway, then prints the device's
// settings.
func sendSettings(c *cli.Context, ss ...telemetry.Setting) error {
	dev, err := parseAddress("--device", c.String("device"))
	if err != nil {
		return err
	}
	d, closeChain, err := telemetryDomain(c)
	if err != nil {
		return err
	}
	closeChain()
	key, _, err := unlockWallet(c)
	if err != nil {
		return err
	}
	var last gateway.SettingResult
	for _, s := range ss {
		s.Device, s.IssuedAt = dev, uint64(time.Now().Unix())
		signed, err := s.Sign(key, d)
		if err != nil {
			return err
		}
		raw, err := json.Marshal(signed)
		if err != nil {
			return err
		}
		req, err := http.NewRequestWithContext(c.Context, http.MethodPost, c.String("gateway")+"/v1/settings", bytes.NewReader(raw))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		if err := doGateway(req, &last); err != nil {
			return fmt.Errorf("%s %s: %w", s.Action, s.Lot, err)
		}
		fmt.Fprintf(c.App.ErrWriter, "✓ %s %s\n", s.Action, s.Lot)
	}
	return printSettings(c, &last.Settings)
}

func showSettings(c *cli.Context) error {
	dev, err := parseAddress("--device", c.String("device"))
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(c.Context, http.MethodGet, fmt.Sprintf("%s/v1/settings/%s", c.String("gateway"), dev.Hex()), nil)
	if err != nil {
		return err
	}
	var st gateway.Settings
	if err := doGateway(req, &st); err != nil {
		return err
	}
	return printSettings(c, &st)
}

func printSettings(c *cli.Context, st *gateway.Settings) error {
	return printResult(c, st, func(w io.Writer) error {
		who := "default"
		if st.Range.SetBy != nil && st.Range.SetAt != nil {
			who = fmt.Sprintf("set by %s at %s", st.Range.SetBy.Hex(), st.Range.SetAt.Format(time.RFC3339))
		}
		if _, err := fmt.Fprintf(w, "fridge %s at site %s: range %s–%s °C (%s)\n", st.Device.Hex(), st.Site,
			telemetry.FormatMilli(st.Range.MinMilli), telemetry.FormatMilli(st.Range.MaxMilli), who); err != nil {
			return err
		}
		if len(st.Lots) == 0 {
			_, err := fmt.Fprintln(w, "lots held: none")
			return err
		}
		for _, l := range st.Lots {
			if _, err := fmt.Fprintf(w, "lot %s held since %s (booked by %s)\n", l.Lot, l.AddedAt.Format(time.RFC3339), l.AddedBy.Hex()); err != nil {
				return err
			}
		}
		return nil
	})
}
