package indexer

import (
	"context"

	"github.com/ethereum-optimism/optimism/op-service/cliapp"
)

// app is the service as a command runs it: when the indexing loop ends by itself (ExitAtHead, or an error it
// cannot recover from), it ends the command through closeApp.
type app struct {
	*Service
	closeApp context.CancelCauseFunc
}

// Lifecycle is s as an op-service cliapp.Lifecycle for cliapp.LifecycleCmd: Start starts it, Stop stops it, and the
// app closes (with the loop's error, nil at ExitAtHead) when the loop ends without Stop.
func Lifecycle(s *Service, closeApp context.CancelCauseFunc) cliapp.Lifecycle {
	return &app{Service: s, closeApp: closeApp}
}

func (a *app) Start(ctx context.Context) error {
	if err := a.Service.Start(ctx); err != nil {
		return err
	}
	go func() {
		<-a.Done()
		if !a.Stopped() {
			a.closeApp(a.Err())
		}
	}()
	return nil
}
