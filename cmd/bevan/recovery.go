package main

import (
	"fmt"

	"github.com/bevan-health/bevan/bindings"
	"github.com/bevan-health/bevan/deployment"
	"github.com/bevan-health/bevan/relayer/api"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

// identityRecoverCommand is `bevan identity recover`: KeyRecovery's four calls, gaslessly through the relayer.
func identityRecoverCommand() *cli.Command {
	one := func(name, usage, method, verb string) *cli.Command {
		return &cli.Command{
			Name:      name,
			Usage:     usage,
			ArgsUsage: "LOST_WALLET",
			Flags:     chainFlags(true),
			Action:    func(c *cli.Context) error { return recoveryChange(c, method, verb) },
		}
	}
	return &cli.Command{
		Name:  "recover",
		Usage: "recover a patient's lost key: move their consents, guardians and objections to a new wallet (KeyRecovery)",
		Description: "The attester requests (the new wallet attested at P9 with the lost wallet's commitment: `bevan identity\n" +
			"attest` first); one of the patient's guardians confirms, which completes it at once, or anyone completes it\n" +
			"after the waiting period; until then the lost wallet or the attester can cancel. See docs/identity.md.",
		Subcommands: []*cli.Command{
			{
				Name:      "request",
				Usage:     "as an identity attester, ask to move the lost wallet's patient to the new wallet",
				ArgsUsage: "LOST_WALLET NEW_WALLET",
				Flags:     chainFlags(true),
				Action:    recoveryRequest,
			},
			one("confirm", "as one of the patient's guardians, confirm a pending recovery (it completes at once)", "confirm", "confirmed"),
			one("cancel", "as the lost wallet or the requesting attester, cancel a pending recovery (nothing moves)", "cancel", "cancelled"),
			one("complete", "complete a pending recovery whose waiting period has passed", "complete", "completed"),
		},
	}
}

type recoveryJSON struct {
	txResult
	LostWallet common.Address  `json:"lostWallet"`
	NewWallet  *common.Address `json:"newWallet,omitempty"`
	Change     string          `json:"change"`
}

func recoveryRequest(c *cli.Context) error {
	lost, next, err := twoAddresses(c, "lost wallet", "new wallet")
	if err != nil {
		return err
	}
	if lost == (common.Address{}) || next == (common.Address{}) {
		return fmt.Errorf("%s: the zero address is nobody's wallet", c.Command.FullName())
	}
	if lost == next {
		return fmt.Errorf("%s: the new wallet is the lost wallet", c.Command.FullName())
	}
	return recoveryCall(c, "request", []any{lost, next}, recoveryJSON{LostWallet: lost, NewWallet: &next, Change: "requested"},
		fmt.Sprintf("recovery of %s to %s requested", lost.Hex(), next.Hex()))
}

func recoveryChange(c *cli.Context, method, verb string) error {
	arg, err := oneArg(c, "lost wallet address")
	if err != nil {
		return err
	}
	lost, err := recoveryWallet("lost wallet", arg)
	if err != nil {
		return err
	}
	return recoveryCall(c, method, []any{lost}, recoveryJSON{LostWallet: lost, Change: verb},
		fmt.Sprintf("recovery of %s %s", lost.Hex(), verb))
}

// recoveryWallet parses a wallet argument; the zero address is nobody's wallet.
func recoveryWallet(what, s string) (common.Address, error) {
	a, err := parseAddress(what, s)
	if err == nil && a == (common.Address{}) {
		err = fmt.Errorf("%s: the zero address is nobody's wallet", what)
	}
	return a, err
}

// recoveryCall sends one KeyRecovery call as the wallet and reports out (its transaction filled in) or line.
func recoveryCall(c *cli.Context, method string, args []any, out recoveryJSON, line string) error {
	return contractCall(c, "identity recover "+method, deployment.Recovery, bindings.KeyRecoveryMetaData, method, args,
		func(e *chainEnv, st *api.Status) (any, string) {
			out.txResult = e.resultOf(st)
			return out, line
		})
}
