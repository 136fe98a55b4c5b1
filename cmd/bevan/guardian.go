package main

import (
	"fmt"
	"io"

	gqlclient "github.com/bevan-health/bevan/graphql/client"
	"github.com/bevan-health/bevan/relayer/api"
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
				Usage: "list a patient's guardians (from the GraphQL indexer)",
				Flags: append(indexFlags(),
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
	guardian, err := addressArg(c, "guardian address", "guardian")
	if err != nil {
		return err
	}
	return consentsCall(c, "guardian "+c.Command.Name, method, []any{guardian}, func(e *chainEnv, st *api.Status) (any, string) {
		return guardianJSON{e.resultOf(st), e.from, guardian, verb},
			fmt.Sprintf("guardian %s %s for patient %s", guardian.Hex(), verb, e.from.Hex())
	})
}

type guardianListJSON struct {
	Patient common.Address `json:"patient"`
	// Block is the indexed block the list is as of.
	Block     uint64               `json:"block"`
	Guardians []gqlclient.Guardian `json:"guardians"`
}

// guardianList lists a patient's current guardians from the GraphQL indexer.
func guardianList(c *cli.Context) error {
	patient, err := addressOrWallet(c, "patient")
	if err != nil {
		return err
	}
	e, err := openIndex(c, "guardian list")
	if err != nil {
		return err
	}
	l, err := fetchAll(e, 0, "", func(o gqlclient.ListOptions) (*gqlclient.Page[gqlclient.Guardian], error) {
		return e.gql.Guardians(c.Context, gqlclient.GuardianFilter{Patient: &patient}, o)
	})
	if err != nil {
		return e.fail("guardian list", err)
	}
	out := guardianListJSON{patient, e.block, l.items}
	return printResult(c, out, func(w io.Writer) error {
		if len(out.Guardians) == 0 {
			_, err := fmt.Fprintf(w, "patient %s has no guardians (indexed to block %d)\n", patient.Hex(), out.Block)
			return err
		}
		if _, err := fmt.Fprintf(w, "guardians of %s (indexed to block %d)\n", patient.Hex(), out.Block); err != nil {
			return err
		}
		for _, g := range out.Guardians {
			if _, err := fmt.Fprintf(w, "  %s  appointed in block %d (tx %s)\n", g.Guardian.Hex(), g.AppointedBlock, g.AppointedTx.Hex()); err != nil {
				return err
			}
		}
		return nil
	})
}
