package main

import (
	"fmt"
	"io"

	"github.com/bevan-health/bevan/bindings"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"
)

func guardianCommand() *cli.Command {
	return &cli.Command{
		Name:  "guardian",
		Usage: "appoint, remove and list the guardians who may manage a patient's consents (lasting power of attorney, carers)",
		Subcommands: []*cli.Command{
			{
				Name:      "add",
				Usage:     "appoint a guardian for your wallet (you are the patient)",
				ArgsUsage: "ADDR",
				Flags:     chainFlags(true),
				Action:    func(c *cli.Context) error { return guardianChange(c, "appointGuardian", "appointed") },
			},
			{
				Name:      "remove",
				Usage:     "remove one of your guardians",
				ArgsUsage: "ADDR",
				Flags:     chainFlags(true),
				Action:    func(c *cli.Context) error { return guardianChange(c, "removeGuardian", "removed") },
			},
			{
				Name:  "list",
				Usage: "list a patient's guardians as recorded on chain",
				Flags: append(chainFlags(false),
					&cli.StringFlag{Name: "patient", Usage: "the patient's address (default: the wallet's)"}),
				Action: guardianList,
			},
		},
	}
}

type guardianJSON struct {
	txResult
	Patient  common.Address `json:"patient"`
	Guardian common.Address `json:"guardian"`
	Change   string         `json:"change"`
}

func guardianChange(c *cli.Context, method, verb string) error {
	arg, err := oneArg(c, "guardian address")
	if err != nil {
		return err
	}
	guardian, err := parseAddress("guardian", arg)
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	key, acct, err := unlockWallet(c)
	if err != nil {
		return err
	}
	a, err := mustABI(bindings.ConsentRegistryMetaData)
	if err != nil {
		return err
	}
	data, err := a.Pack(method, guardian)
	if err != nil {
		return fmt.Errorf("pack %s: %w", method, err)
	}
	st, err := e.send(key, "guardian "+c.Command.Name, e.m.ConsentsAddress(), data)
	if err != nil {
		return err
	}
	out := guardianJSON{resultOf(st), acct.Address, guardian, verb}
	return printResult(c, out, func(w io.Writer) error {
		if st.Status != "mined" {
			_, err := fmt.Fprintf(w, "guardian %s accepted (request %s); not waiting\n", c.Command.Name, st.ID.Hex())
			return err
		}
		_, err := fmt.Fprintf(w, "guardian %s %s for patient %s\n  tx %s (block %d)\n", guardian.Hex(), verb, acct.Address.Hex(), st.TxHash.Hex(), st.Block)
		return err
	})
}

type guardianListJSON struct {
	Patient   common.Address   `json:"patient"`
	Guardians []common.Address `json:"guardians"`
}

func guardianList(c *cli.Context) error {
	var patient common.Address
	var err error
	if p := c.String("patient"); p != "" {
		patient, err = parseAddress("--patient", p)
	} else {
		patient, err = walletAddr(c)
	}
	if err != nil {
		return err
	}
	e, err := openChain(c)
	if err != nil {
		return err
	}
	defer e.Close()
	reg, err := bindings.NewConsentRegistryCaller(e.m.ConsentsAddress(), e.eth)
	if err != nil {
		return err
	}
	gs, err := reg.GuardiansOf(&bind.CallOpts{Context: c.Context}, patient)
	if err != nil {
		return fmt.Errorf("guardiansOf: %w", err)
	}
	if gs == nil {
		gs = []common.Address{}
	}
	out := guardianListJSON{patient, gs}
	return printResult(c, out, func(w io.Writer) error {
		if len(gs) == 0 {
			_, err := fmt.Fprintf(w, "patient %s has no guardians\n", patient.Hex())
			return err
		}
		if _, err := fmt.Fprintf(w, "guardians of %s\n", patient.Hex()); err != nil {
			return err
		}
		for _, g := range gs {
			if _, err := fmt.Fprintf(w, "  %s\n", g.Hex()); err != nil {
				return err
			}
		}
		return nil
	})
}
