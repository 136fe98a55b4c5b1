package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/bevan-health/bevan/devnet"
	"github.com/bevan-health/bevan/graphql/client"
	relayerclient "github.com/bevan-health/bevan/relayer/client"
	"github.com/bevan-health/bevan/vocab"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Population is what Populate played: how many patients and consents, and the research consents to the sponsor.
type Population struct {
	Patients, Consents int
	// ResearchPatients granted HRESCH to the trial sponsor (devnet.RoleResearch): exactly ResearchPatients of them.
	ResearchPatients int
	Sponsor          common.Address
}

// populationKey is synthetic patient i's wallet key: derived from the seed, so a run is deterministic (and these
// wallets hold nothing: the relayer pays).
func populationKey(seed uint64, i int) (*ecdsa.PrivateKey, error) {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	return crypto.ToECDSA(crypto.Keccak256([]byte("bevan synthetic patient"), b[:]))
}

// Populate plays a seeded synthetic population on the devnet, gaslessly through the relayer: patients patients, each
// granting one or two direct-care or planning consents (TREAT, CAREMGT, POPHLTH, HQUALIMP) to the devnet's trust,
// GP, council and care agency, and exactly research of them also granting HRESCH to the trial sponsor. It gives the
// analytics something to count (docs/analytics.md); nothing personal is made up: patients are fresh wallets.
func (r *Runner) Populate(ctx context.Context, seed uint64, patients, research int) (*Population, error) {
	rng := rand.New(rand.NewPCG(seed, 16))
	orgs := []common.Address{devnet.DevAddress(devnet.RoleTrust), devnet.DevAddress(devnet.RoleGP), devnet.DevAddress(devnet.RoleCouncil),
		devnet.DevAddress(devnet.RoleAgency)}
	usual := []vocab.Purpose{vocab.Treat, vocab.CareMgt, vocab.PopHlth, vocab.HQualImp}
	type grant struct {
		key      *ecdsa.PrivateKey
		grantee  common.Address
		purposes uint16
	}
	var grants []grant
	pop := &Population{Patients: patients, ResearchPatients: research, Sponsor: devnet.DevAddress(devnet.RoleResearch)}
	for i := range patients {
		key, err := populationKey(seed, i)
		if err != nil {
			return nil, err
		}
		for range 1 + rng.IntN(2) {
			grants = append(grants, grant{key, orgs[rng.IntN(len(orgs))], vocab.PurposeMask(usual[rng.IntN(len(usual))])})
		}
		if i < research {
			grants = append(grants, grant{key, pop.Sponsor, vocab.PurposeMask(vocab.HResch)})
		}
	}
	if done, err := r.populated(ctx, seed); err != nil {
		return nil, err
	} else if done {
		r.say(fmt.Sprintf("The synthetic population (seed %d) is already on this chain.", seed))
		return pop, nil
	}
	r.say(fmt.Sprintf("A synthetic population (seed %d): %d patients grant %d consents from their own wallets, %d of them research consents to the trial sponsor.",
		seed, patients, len(grants), research))
	// Several patients at a time (each wallet's grants in order: one forwarder nonce after the other); the relayer
	// queues them.
	byPatient := map[*ecdsa.PrivateKey][]grant{}
	var order []*ecdsa.PrivateKey
	for _, g := range grants {
		if _, ok := byPatient[g.key]; !ok {
			order = append(order, g.key)
		}
		byPatient[g.key] = append(byPatient[g.key], g)
	}
	sem := make(chan struct{}, 8)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var firstErr error
	for _, key := range order {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			for _, g := range byPatient[key] {
				if err := r.populationGrant(ctx, g.key, g.grantee, g.purposes); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
					}
					mu.Unlock()
					return
				}
				mu.Lock()
				pop.Consents++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	fmt.Fprintf(r.out, "   ✓ %d consents granted\n", pop.Consents)
	return pop, nil
}

func (r *Runner) populationGrant(ctx context.Context, key *ecdsa.PrivateKey, grantee common.Address, purposes uint16) error {
	patient := crypto.PubkeyToAddress(key.PublicKey)
	_, err := r.relayer.Send(ctx, key, r.domain, relayerclient.Call{To: r.m.ConsentsAddress(), Gas: 1_000_000,
		Data: r.pack(r.consents, "grant", patient, grantee, purposes, vocab.ActionMask(vocab.Access, vocab.Use), big.NewInt(0),
			scope([]byte("synthetic")))})
	if err != nil {
		return fmt.Errorf("synthetic grant: %w", err)
	}
	return nil
}

// populated reports whether synthetic patient 0 of seed has already granted (a kept chain played it before).
func (r *Runner) populated(ctx context.Context, seed uint64) (bool, error) {
	key, err := populationKey(seed, 0)
	if err != nil {
		return false, err
	}
	fwd, _, err := r.relayer.Nonce(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		return false, err
	}
	return fwd.Sign() > 0, nil
}

// AnalyticsReport waits for the indexer to reach the chain's head, then prints consents by purpose and by purpose
// and grantee as GraphQL's consentStats publishes them: disclosure control applied (suppressed counts shown as *).
func (r *Runner) AnalyticsReport(ctx context.Context, baseURL string) error {
	gql := client.New(strings.TrimSuffix(baseURL, "/")+"/graphql", &http.Client{Timeout: 30 * time.Second})
	head, err := r.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head: %w", err)
	}
	wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	if _, err := gql.WaitIndexed(wctx, head.Number.Uint64()); err != nil {
		return err
	}
	for _, dims := range [][]string{{"PURPOSE"}, {"PURPOSE", "GRANTEE"}} {
		tab, err := gql.ConsentStats(ctx, dims, nil)
		if err != nil {
			return err
		}
		fmt.Fprintf(r.out, "\n{ consentStats(groupBy: [%s]) { cells { key value { count suppressed rounded } } total { count } } }\n", strings.Join(dims, ", "))
		tw := tabwriter.NewWriter(r.out, 0, 0, 2, ' ', 0)
		for _, c := range tab.Cells {
			fmt.Fprintf(tw, "   %s\t%s\n", strings.Join(c.Key, "\t"), statsText(c.Value))
		}
		fmt.Fprintf(tw, "   total%s\t%s\n", strings.Repeat("\t", len(dims)-1), statsText(tab.Total))
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	fmt.Fprintln(r.out, "   (* suppressed: a count of 1–7, or a cell hidden so that none can be worked out; others rounded to the nearest 5)")
	return nil
}

func statsText(c client.StatsCount) string {
	if c.Count == nil {
		return "*"
	}
	return fmt.Sprint(*c.Count)
}
