// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"errors"
	"math/big"
	"strings"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
)

// BevanGovernorMetaData contains all meta data concerning the BevanGovernor contract.
var BevanGovernorMetaData = &bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIVotes\"},{\"name\":\"timelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"},{\"name\":\"trustedForwarder\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votingDelay_\",\"type\":\"uint48\",\"internalType\":\"uint48\"},{\"name\":\"votingPeriod_\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"quorumPercent\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"receive\",\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"CLOCK_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"COUNTING_MODE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"EXTENDED_BALLOT_TYPEHASH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"cancel\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVote\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReason\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParams\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"castVoteWithReasonAndParamsBySig\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"reason\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"},{\"name\":\"signature\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"clock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"eip712Domain\",\"inputs\":[],\"outputs\":[{\"name\":\"fields\",\"type\":\"bytes1\",\"internalType\":\"bytes1\"},{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"version\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"chainId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"verifyingContract\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"salt\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"extensions\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"execute\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"getProposalId\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotes\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getVotesWithParams\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"params\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hasVoted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"hashProposal\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"isTrustedForwarder\",\"inputs\":[{\"name\":\"forwarder\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"nonces\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"onERC1155BatchReceived\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC1155Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onERC721Received\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"proposalDeadline\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalEta\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalNeedsQueuing\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalProposer\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalSnapshot\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalThreshold\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposalVotes\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"againstVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"forVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"abstainVotes\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"propose\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"description\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"queue\",\"inputs\":[{\"name\":\"targets\",\"type\":\"address[]\",\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"internalType\":\"bytes[]\"},{\"name\":\"descriptionHash\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumDenominator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[{\"name\":\"timepoint\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorumNumerator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"relay\",\"inputs\":[{\"name\":\"target\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"payable\"},{\"type\":\"function\",\"name\":\"setProposalThreshold\",\"inputs\":[{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingDelay\",\"inputs\":[{\"name\":\"newVotingDelay\",\"type\":\"uint48\",\"internalType\":\"uint48\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setVotingPeriod\",\"inputs\":[{\"name\":\"newVotingPeriod\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"state\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supportsInterface\",\"inputs\":[{\"name\":\"interfaceId\",\"type\":\"bytes4\",\"internalType\":\"bytes4\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"timelock\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"token\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC5805\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"trustedForwarder\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"updateQuorumNumerator\",\"inputs\":[{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"updateTimelock\",\"inputs\":[{\"name\":\"newTimelock\",\"type\":\"address\",\"internalType\":\"contractTimelockController\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingDelay\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"votingPeriod\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"EIP712DomainChanged\",\"inputs\":[],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCanceled\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalCreated\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"proposer\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"targets\",\"type\":\"address[]\",\"indexed\":false,\"internalType\":\"address[]\"},{\"name\":\"values\",\"type\":\"uint256[]\",\"indexed\":false,\"internalType\":\"uint256[]\"},{\"name\":\"signatures\",\"type\":\"string[]\",\"indexed\":false,\"internalType\":\"string[]\"},{\"name\":\"calldatas\",\"type\":\"bytes[]\",\"indexed\":false,\"internalType\":\"bytes[]\"},{\"name\":\"voteStart\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"voteEnd\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"description\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalExecuted\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalQueued\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"etaSeconds\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ProposalThresholdSet\",\"inputs\":[{\"name\":\"oldProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newProposalThreshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QuorumNumeratorUpdated\",\"inputs\":[{\"name\":\"oldQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newQuorumNumerator\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"TimelockChange\",\"inputs\":[{\"name\":\"oldTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"newTimelock\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCast\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VoteCastWithParams\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposalId\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"support\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"weight\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"params\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingDelaySet\",\"inputs\":[{\"name\":\"oldVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingDelay\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"VotingPeriodSet\",\"inputs\":[{\"name\":\"oldVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newVotingPeriod\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CheckpointUnorderedInsertion\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ERC6372InconsistentClock\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"FailedCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorAlreadyCastVote\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorAlreadyQueuedProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorDisabledDeposit\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInsufficientProposerVotes\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"votes\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"threshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidProposalLength\",\"inputs\":[{\"name\":\"targets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"calldatas\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"values\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidQuorumFraction\",\"inputs\":[{\"name\":\"quorumNumerator\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quorumDenominator\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidSignature\",\"inputs\":[{\"name\":\"voter\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteParams\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVoteType\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"GovernorInvalidVotingPeriod\",\"inputs\":[{\"name\":\"votingPeriod\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorNonexistentProposal\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorOnlyExecutor\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingFailed\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorProposalQueueingNotRequired\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"GovernorRestrictedProposer\",\"inputs\":[{\"name\":\"proposer\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnableToCancel\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"GovernorUnexpectedProposalState\",\"inputs\":[{\"name\":\"proposalId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"current\",\"type\":\"uint8\",\"internalType\":\"enumIGovernor.ProposalState\"},{\"name\":\"expectedStates\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"InvalidAccountNonce\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"currentNonce\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidShortString\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StringTooLong\",\"inputs\":[{\"name\":\"str\",\"type\":\"string\",\"internalType\":\"string\"}]}]",
	Bin: "0x6101a0604052348015610010575f5ffd5b50604051615b2a380380615b2a83398101604081905261002f91610714565b83858288868660016040518060400160405280600e81526020016d2132bb30b71023b7bb32b93737b960911b8152508061006d61017f60201b60201c565b6100768261019a565b610120526100838161019a565b61014052815160208084019190912060e052815190820120610100524660a05261010f60e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05260036101248282610829565b506101309050836101e0565b61013982610246565b610142816102e5565b5050506001600160a01b03166101605261015b81610326565b50610165816103bb565b506001600160a01b03166101805250610979945050505050565b6040805180820190915260018152603160f81b602082015290565b5f5f829050601f815111156101cd578260405163305a27a960e01b81526004016101c491906108e3565b60405180910390fd5b80516101d882610918565b179392505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a16008805465ffffffffffff191665ffffffffffff92909216919091179055565b8063ffffffff165f0361026e5760405163f1cfbf0560e01b81525f60048201526024016101c4565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff90921666010000000000000263ffffffff60301b19909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b6064808211156103535760405163243e544560e01b815260048101839052602481018290526044016101c4565b5f61035c610424565b905061037b61036961043d565b610372856104b7565b600a91906104ee565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80546001600160a01b0319166001600160a01b0392909216919091179055565b5f61042f600a610508565b6001600160d01b0316905090565b5f6104486101605190565b6001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa9250505080156104a1575060408051601f3d908101601f1916820190925261049e9181019061093b565b60015b6104b2576104ad610550565b905090565b919050565b5f6001600160d01b038211156104ea576040516306dfcc6560e41b815260d06004820152602481018390526044016101c4565b5090565b5f806104fb85858561055a565b915091505b935093915050565b80545f9080156105475761052e83610521600184610954565b5f91825260209091200190565b54660100000000000090046001600160d01b0316610549565b5f5b9392505050565b5f6104ad436106b6565b82545f9081908015610659575f61057687610521600185610954565b805490915065ffffffffffff80821691660100000000000090046001600160d01b03169088168211156105bc57604051632520601d60e01b815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036105f857825465ffffffffffff1666010000000000006001600160d01b0389160217835561064b565b6040805180820190915265ffffffffffff808a1682526001600160d01b03808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b945085935061050092505050565b50506040805180820190915265ffffffffffff80851682526001600160d01b0380851660208085019182528854600181018a555f8a8152918220955192519093166601000000000000029190931617920191909155905081610500565b5f65ffffffffffff8211156104ea576040516306dfcc6560e41b815260306004820152602481018390526044016101c4565b6001600160a01b03811681146106fc575f5ffd5b50565b805165ffffffffffff811681146104b2575f5ffd5b5f5f5f5f5f5f60c08789031215610729575f5ffd5b8651610734816106e8565b6020880151909650610745816106e8565b6040880151909550610756816106e8565b9350610764606088016106ff565b9250608087015163ffffffff8116811461077c575f5ffd5b8092505060a087015190509295509295509295565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806107b957607f821691505b6020821081036107d757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561082457805f5260205f20601f840160051c810160208510156108025750805b601f840160051c820191505b81811015610821575f815560010161080e565b50505b505050565b81516001600160401b0381111561084257610842610791565b6108568161085084546107a5565b846107dd565b6020601f821160018114610888575f83156108715750848201515b5f19600385901b1c1916600184901b178455610821565b5f84815260208120601f198516915b828110156108b75787850151825560209485019460019092019101610897565b50848210156108d457868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156107d7575f1960209190910360031b1b16919050565b5f6020828403121561094b575f5ffd5b610549826106ff565b8181038181111561097357634e487b7160e01b5f52601160045260245ffd5b92915050565b60805160a05160c05160e051610100516101205161014051610160516101805161511b610a0f5f395f81816106de015281816107d601528181612da7015261352501525f8181610b3a0152818161116c015281816115ab0152818161192801526124fb01525f61244101525f61241601525f613a0501525f6139dd01525f61393801525f61396201525f61398c015261511b5ff3fe608060405260043610610327575f3560e01c80637da0a877116101a7578063bc197c81116100e7578063deaaa7cc11610092578063ece40cc11161006d578063ece40cc114610acf578063f23a6e6114610aee578063f8ce560a14610b0d578063fc0c546a14610b2c575f5ffd5b8063deaaa7cc14610a5e578063e540d01d14610a91578063eb9019d414610ab0575f5ffd5b8063c59057e4116100c2578063c59057e4146109dd578063d33219b4146109fc578063dd4e2ba514610a19575f5ffd5b8063bc197c811461098c578063c01f9e37146109ab578063c28bc2fa146109ca575f5ffd5b80639a802a6d11610152578063a8f8a6681161012d578063a8f8a66814610904578063a9a9529414610923578063ab58fb8e14610942578063b58131b014610978575f5ffd5b80639a802a6d146108b2578063a7713a70146108d1578063a890c910146108e5575f5ffd5b80638ff262e3116101825780638ff262e31461085557806391ddadf41461087457806397c3d3341461089f575f5ffd5b80637da0a877146107c85780637ecebe00146107fa57806384b0196e1461082e575f5ffd5b80634385963211610272578063572b6c051161021d57806360c4247f116101f857806360c4247f1461074c578063790518871461076b5780637b3c71d31461078a5780637d5e81e2146107a9575f5ffd5b8063572b6c05146106c25780635b8d0e0d1461070e5780635f398a141461072d575f5ffd5b8063544ffc9c1161024d578063544ffc9c1461062457806354fd4d501461065e57806356781388146106a3575f5ffd5b806343859632146105a9578063452115d6146105f15780634bf5d7e914610610575f5ffd5b8063160cbed7116102d25780632fe3e261116102ad5780632fe3e261146105365780633932abb1146105695780633e4f49e61461057d575f5ffd5b8063160cbed7146104b95780632656227d146104d85780632d63f693146104eb575f5ffd5b806306fdde031161030257806306fdde03146103fc578063143489d01461041d578063150b7a0214610469575f5ffd5b806301ffc9a71461037b57806302a251a3146103af57806306f3f9e6146103dd575f5ffd5b366103775730610335610b5e565b6001600160a01b031614610375576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b005b5f5ffd5b348015610386575f5ffd5b5061039a610395366004613fc1565b610b76565b60405190151581526020015b60405180910390f35b3480156103ba575f5ffd5b506008546601000000000000900463ffffffff165b6040519081526020016103a6565b3480156103e8575f5ffd5b506103756103f7366004614000565b610ca6565b348015610407575f5ffd5b50610410610cba565b6040516103a69190614045565b348015610428575f5ffd5b50610451610437366004614000565b5f908152600460205260409020546001600160a01b031690565b6040516001600160a01b0390911681526020016103a6565b348015610474575f5ffd5b50610488610483366004614149565b610d4a565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020016103a6565b3480156104c4575f5ffd5b506103cf6104d3366004614312565b610dbe565b6103cf6104e6366004614312565b610f0c565b3480156104f6575f5ffd5b506103cf610505366004614000565b5f9081526004602052604090205474010000000000000000000000000000000000000000900465ffffffffffff1690565b348015610541575f5ffd5b506103cf7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a81181565b348015610574575f5ffd5b506103cf6110c8565b348015610588575f5ffd5b5061059c610597366004614000565b6110da565b6040516103a6919061440e565b3480156105b4575f5ffd5b5061039a6105c336600461441c565b5f8281526009602090815260408083206001600160a01b038516845260030190915290205460ff1692915050565b3480156105fc575f5ffd5b506103cf61060b366004614312565b6110e4565b34801561061b575f5ffd5b50610410611168565b34801561062f575f5ffd5b5061064361063e366004614000565b6111fb565b604080519384526020840192909252908201526060016103a6565b348015610669575f5ffd5b5060408051808201909152600181527f31000000000000000000000000000000000000000000000000000000000000006020820152610410565b3480156106ae575f5ffd5b506103cf6106bd36600461445a565b611220565b3480156106cd575f5ffd5b5061039a6106dc366004614484565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0390811691161490565b348015610719575f5ffd5b506103cf6107283660046144e4565b61124e565b348015610738575f5ffd5b506103cf6107473660046145a3565b611324565b348015610757575f5ffd5b506103cf610766366004614000565b611373565b348015610776575f5ffd5b50610375610785366004614639565b61137f565b348015610795575f5ffd5b506103cf6107a4366004614654565b611390565b3480156107b4575f5ffd5b506103cf6107c33660046146aa565b6113e7565b3480156107d3575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610451565b348015610805575f5ffd5b506103cf610814366004614484565b6001600160a01b03165f9081526002602052604090205490565b348015610839575f5ffd5b506108426114d9565b6040516103a697969594939291906147a4565b348015610860575f5ffd5b506103cf61086f36600461482d565b611537565b34801561087f575f5ffd5b506108886115a8565b60405165ffffffffffff90911681526020016103a6565b3480156108aa575f5ffd5b5060646103cf565b3480156108bd575f5ffd5b506103cf6108cc36600461487b565b61162f565b3480156108dc575f5ffd5b506103cf611645565b3480156108f0575f5ffd5b506103756108ff366004614484565b611671565b34801561090f575f5ffd5b506103cf61091e366004614312565b611682565b34801561092e575f5ffd5b5061039a61093d366004614000565b61168f565b34801561094d575f5ffd5b506103cf61095c366004614000565b5f9081526004602052604090206001015465ffffffffffff1690565b348015610983575f5ffd5b506103cf611697565b348015610997575f5ffd5b506104886109a63660046148d0565b6116a1565b3480156109b6575f5ffd5b506103cf6109c5366004614000565b611716565b6103756109d836600461496a565b611780565b3480156109e8575f5ffd5b506103cf6109f7366004614312565b6117fc565b348015610a07575f5ffd5b50600b546001600160a01b0316610451565b348015610a24575f5ffd5b506040805180820190915260208082527f737570706f72743d627261766f2671756f72756d3d666f722c6162737461696e90820152610410565b348015610a69575f5ffd5b506103cf7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d781565b348015610a9c575f5ffd5b50610375610aab3660046149aa565b611835565b348015610abb575f5ffd5b506103cf610aca3660046149cd565b611846565b348015610ada575f5ffd5b50610375610ae9366004614000565b611865565b348015610af9575f5ffd5b50610488610b083660046149f7565b611876565b348015610b18575f5ffd5b506103cf610b27366004614000565b6118eb565b348015610b37575f5ffd5b507f0000000000000000000000000000000000000000000000000000000000000000610451565b5f610b71600b546001600160a01b031690565b905090565b5f7fffffffff0000000000000000000000000000000000000000000000000000000082167fcdbdfcee000000000000000000000000000000000000000000000000000000001480610c0857507fffffffff0000000000000000000000000000000000000000000000000000000082167f65455a8600000000000000000000000000000000000000000000000000000000145b80610c5457507fffffffff0000000000000000000000000000000000000000000000000000000082167f4e2312e000000000000000000000000000000000000000000000000000000000145b80610ca057507f01ffc9a7000000000000000000000000000000000000000000000000000000007fffffffff000000000000000000000000000000000000000000000000000000008316145b92915050565b610cae6119a3565b610cb781611a5d565b50565b606060038054610cc990614a4f565b80601f0160208091040260200160405190810160405280929190818152602001828054610cf590614a4f565b8015610d405780601f10610d1757610100808354040283529160200191610d40565b820191905f5260205f20905b815481529060010190602001808311610d2357829003601f168201915b5050505050905090565b5f30610d54610b5e565b6001600160a01b031614610d94576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507f150b7a0200000000000000000000000000000000000000000000000000000000949350505050565b5f5f610dcc86868686611682565b90505f610dd88261168f565b9050610ded82610de86004611b0b565b611b2d565b5080610e2d576040517fd838bcb7000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f610e3b8389898989611b83565b905065ffffffffffff811615610ecb575f8381526004602090815260409182902060010180547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff85169081179091558251868152918201527f9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892910160405180910390a1610f00565b6040517fab2d031100000000000000000000000000000000000000000000000000000000815260048101849052602401610e24565b50909695505050505050565b5f5f610f1a86868686611682565b90505f610f268261168f565b9050610f4282610de883610f3b576004611b0b565b6005611b0b565b505f82815260046020526040902080547fff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e0100000000000000000000000000000000000000000000000000000000000017905530610fa0610b5e565b6001600160a01b031614611029575f5b875181101561102757306001600160a01b0316888281518110610fd557610fd5614aa0565b60200260200101516001600160a01b03160361101f5761101f86828151811061100057611000614aa0565b6020026020010151805190602001206005611b9190919063ffffffff16565b600101610fb0565b505b6110368288888888611bb2565b3061103f610b5e565b6001600160a01b03161415801561108157506005546fffffffffffffffffffffffffffffffff8082167001000000000000000000000000000000009092041614155b1561108b575f6005555b6040518281527f712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f9060200160405180910390a15095945050505050565b5f610b7160085465ffffffffffff1690565b5f610ca082611bc6565b5f5f6110f286868686611682565b90505f6110fd611d31565b90506111098282611d3a565b611151576040517f8fe5d8a9000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b0382166024820152604401610e24565b61115d87878787611d7f565b979650505050505050565b60607f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316634bf5d7e96040518163ffffffff1660e01b81526004015f60405180830381865afa9250505080156111e757506040513d5f823e601f3d908101601f191682016040526111e49190810190614acd565b60015b6111f657610b716115a8611d8c565b919050565b5f818152600960205260409020805460018201546002909201549091905b9193909250565b5f5f61122a611d31565b905061124684828560405180602001604052805f815250611da2565b949350505050565b5f61129488888888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250899150611dc39050565b6112d5576040517f94ab6c070000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610e24565b61131888878988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611e90915050565b98975050505050505050565b5f5f61132e611d31565b905061115d87828888888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152508a9250611e90915050565b5f610ca0600a83611f94565b6113876119a3565b610cb781611ff4565b5f5f61139a611d31565b90506113dd86828787878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611da292505050565b9695505050505050565b5f5f6113f1611d31565b90506113fd8184612073565b61143e576040517fd9b395570000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610e24565b5f611447611697565b905080156114cc575f61147583600161145e6115a8565b6114689190614b6f565b65ffffffffffff16611846565b9050818110156114ca576040517fc242ee160000000000000000000000000000000000000000000000000000000081526001600160a01b03841660048201526024810182905260448101839052606401610e24565b505b61115d8787878786612140565b5f6060805f5f5f60606114ea61240f565b6114f261243a565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b5f61154485858585612465565b611585576040517f94ab6c070000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610e24565b61159f85848660405180602001604052805f815250611da2565b95945050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166391ddadf46040518163ffffffff1660e01b8152600401602060405180830381865afa925050508015611623575060408051601f3d908101601f1916820190925261162091810190614b8d565b60015b6111f657610b716124ee565b5f61163b8484846124f8565b90505b9392505050565b5f611650600a6125a4565b79ffffffffffffffffffffffffffffffffffffffffffffffffffff16905090565b6116796119a3565b610cb7816125fe565b5f61159f858585856117fc565b5f6001610ca0565b5f610b7160075490565b5f306116ab610b5e565b6001600160a01b0316146116eb576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507fbc197c810000000000000000000000000000000000000000000000000000000095945050505050565b5f81815260046020526040812054611772907a010000000000000000000000000000000000000000000000000000810463ffffffff169074010000000000000000000000000000000000000000900465ffffffffffff16614ba8565b65ffffffffffff1692915050565b6117886119a3565b5f5f856001600160a01b03168585856040516117a5929190614bc6565b5f6040518083038185875af1925050503d805f81146117df576040519150601f19603f3d011682016040523d82523d5f602084013e6117e4565b606091505b50915091506117f3828261267f565b50505050505050565b5f848484846040516020016118149493929190614c5c565b60408051601f19818403018152919052805160209091012095945050505050565b61183d6119a3565b610cb7816126d5565b5f61163e838361186060408051602081019091525f815290565b6124f8565b61186d6119a3565b610cb7816127a5565b5f30611880610b5e565b6001600160a01b0316146118c0576040517fe90a651e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b507ff23a6e610000000000000000000000000000000000000000000000000000000095945050505050565b6040517f8e539e8c000000000000000000000000000000000000000000000000000000008152600481018290525f90610ca0906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690638e539e8c90602401602060405180830381865afa15801561196d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119919190614ca6565b61199a84611373565b606460016127e6565b6119ab611d31565b6001600160a01b03166119bc610b5e565b6001600160a01b031614611a10576119d2611d31565b6040517f47096e470000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610e24565b30611a19610b5e565b6001600160a01b031614611a5b575f611a30612828565b604051611a3e929190614bc6565b604051809103902090505b80611a54600561283a565b03611a4957505b565b606480821115611aa3576040517f243e54450000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610e24565b5f611aac611645565b9050611acb611ab96115a8565b611ac285612859565b600a91906128bc565b505060408051828152602081018590527f0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997910160405180910390a1505050565b5f816007811115611b1e57611b1e6143a8565b600160ff919091161b92915050565b5f5f611b38846110da565b90505f83611b4583611b0b565b160361163e578381846040517f31b75e4d000000000000000000000000000000000000000000000000000000008152600401610e2493929190614cbd565b5f6113dd86868686866128d6565b5f611b9c8383612aac565b905080611bad57611bad6041612b3d565b505050565b611bbf8585858585612b4e565b5050505050565b5f5f611bd183612bf1565b90506005816007811115611be757611be76143a8565b14611bf25792915050565b5f838152600c60205260409081902054600b5491517f584b153e0000000000000000000000000000000000000000000000000000000081526004810182905290916001600160a01b03169063584b153e90602401602060405180830381865afa158015611c61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611c859190614cdf565b15611c94575060059392505050565b600b546040517f2ab0f529000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b0390911690632ab0f52990602401602060405180830381865afa158015611cf4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611d189190614cdf565b15611d27575060079392505050565b5060029392505050565b5f610b71612d96565b5f80611d45846110da565b6007811115611d5657611d566143a8565b14801561163e5750505f91825260046020526040909120546001600160a01b0391821691161490565b5f61159f85858585612e00565b6060610ca0611d9d8363ffffffff16565b612eb0565b5f61159f85858585611dbe60408051602081019091525f815290565b611e90565b5f61115d85611e8a7f3e83946653575f9a39005e1545185629e92736b7528ab20ca3816f315424a8118a8a8a611e158c6001600160a01b03165f90815260026020526040902080546001810190915590565b8b516020808e01919091208c518d830120604051611e6f98979695949301968752602087019590955260ff9390931660408601526001600160a01b03919091166060850152608084015260a083015260c082015260e00190565b60405160208183030381529060405280519060200120612f3b565b84612f82565b5f611e9f86610de86001611b0b565b505f86815260046020526040812054611eda90879074010000000000000000000000000000000000000000900465ffffffffffff16856124f8565b90505f611eea8888888588612ff2565b905083515f03611f4057866001600160a01b03167fb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda489888489604051611f339493929190614cfe565b60405180910390a261115d565b866001600160a01b03167fe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb87128988848989604051611f81959493929190614d25565b60405180910390a2979650505050505050565b5f5f5f611fa08561315c565b9250925050838265ffffffffffff161115611fcd57611fc8611fc1856131ca565b8690613215565b611fcf565b805b79ffffffffffffffffffffffffffffffffffffffffffffffffffff1695945050505050565b6008546040805165ffffffffffff928316815291831660208301527fc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93910160405180910390a1600880547fffffffffffffffffffffffffffffffffffffffffffffffffffff0000000000001665ffffffffffff92909216919091179055565b80515f90603481101561208a576001915050610ca0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec81840101517fffffffffffffffffffff0000000000000000000000000000000000000000000081167f2370726f706f7365723d000000000000000000000000000000000000000000001461210457600192505050610ca0565b5f5f61211486602a8603866132cd565b9150915081158061115d5750866001600160a01b0316816001600160a01b031614979650505050505050565b5f6121548686868680519060200120611682565b90508451865114158061216957508351865114155b8061217357508551155b156121c1578551845186516040517f447b05d0000000000000000000000000000000000000000000000000000000008152600481019390935260248301919091526044820152606401610e24565b5f8181526004602052604090205474010000000000000000000000000000000000000000900465ffffffffffff161561223457806121fe826110da565b6040517f31b75e4d000000000000000000000000000000000000000000000000000000008152610e249291905f90600401614cbd565b5f61223d6110c8565b6122456115a8565b65ffffffffffff166122579190614d5e565b90505f61227460085463ffffffff66010000000000009091041690565b5f84815260046020526040902080547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0387161781559091506122be836131ca565b815465ffffffffffff9190911674010000000000000000000000000000000000000000027fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff909116178155612312826133a9565b815463ffffffff919091167a010000000000000000000000000000000000000000000000000000027fffff00000000ffffffffffffffffffffffffffffffffffffffffffffffffffff90911617815588517f7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e090859087908c908c9067ffffffffffffffff8111156123a5576123a561406b565b6040519080825280602002602001820160405280156123d857816020015b60608152602001906001900390816123c35790505b508c896123e58a82614d5e565b8e6040516123fb99989796959493929190614d71565b60405180910390a150505095945050505050565b6060610b717f00000000000000000000000000000000000000000000000000000000000000006133f2565b6060610b717f00000000000000000000000000000000000000000000000000000000000000006133f2565b5f61159f83611e8a7ff2aad550cf55f045cb27e9c559f9889fdfb6e6cdaa032301d6ea397784ae51d78888886124b78a6001600160a01b03165f90815260026020526040902080546001810190915590565b60408051602081019690965285019390935260ff90911660608401526001600160a01b0316608083015260a082015260c001611e6f565b5f610b71436131ca565b5f7f00000000000000000000000000000000000000000000000000000000000000006040517f3a46b1a80000000000000000000000000000000000000000000000000000000081526001600160a01b038681166004830152602482018690529190911690633a46b1a890604401602060405180830381865afa158015612580573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061163b9190614ca6565b80545f9080156125f6576125ca836125bd600184614e4b565b5f91825260209091200190565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661163e565b5f9392505050565b600b54604080516001600160a01b03928316815291831660208301527f08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401910160405180910390a1600b80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b6060821561268e575080610ca0565b8151156126a35761269e8261342f565b610ca0565b6040517fd6bda27500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8063ffffffff165f03612716576040517ff1cfbf050000000000000000000000000000000000000000000000000000000081525f6004820152602401610e24565b6008546040805163ffffffff66010000000000009093048316815291831660208301527f7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828910160405180910390a16008805463ffffffff9092166601000000000000027fffffffffffffffffffffffffffffffffffffffffffff00000000ffffffffffff909216919091179055565b60075460408051918252602082018390527fccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461910160405180910390a1600755565b5f6128136127f383613437565b801561280e57505f848061280957612809614e5e565b868809115b151590565b61281e868686613463565b61159f9190614d5e565b365f612832613513565b915091509091565b5f5f5f61284684613574565b915091508161163e5761163e6031612b3d565b5f79ffffffffffffffffffffffffffffffffffffffffffffffffffff8211156128b8576040517f6dfcc65000000000000000000000000000000000000000000000000000000000815260d0600482015260248101839052604401610e24565b5090565b5f806128c9858585613616565b915091505b935093915050565b5f5f600b5f9054906101000a90046001600160a01b03166001600160a01b031663f27a0c926040518163ffffffff1660e01b8152600401602060405180830381865afa158015612928573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061294c9190614ca6565b90505f3060601b7fffffffffffffffffffffffffffffffffffffffff000000000000000000000000168418600b546040517fb1c5f4270000000000000000000000000000000000000000000000000000000081529192506001600160a01b03169063b1c5f427906129c9908a908a908a905f908890600401614e8b565b602060405180830381865afa1580156129e4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a089190614ca6565b5f898152600c602052604080822092909255600b5491517f8f2a0bb00000000000000000000000000000000000000000000000000000000081526001600160a01b0390921691638f2a0bb091612a6b918b918b918b919088908a90600401614ed8565b5f604051808303815f87803b158015612a82575f5ffd5b505af1158015612a94573d5f5f3e3d5ffd5b505050506113188242612aa79190614d5e565b6131ca565b81545f906fffffffffffffffffffffffffffffffff700100000000000000000000000000000000820481169181166001830190911603612aef575f915050610ca0565b6fffffffffffffffffffffffffffffffff8181165f90815260018681016020526040909120949094558454918401811670010000000000000000000000000000000002911617909255919050565b634e487b715f52806020526024601cfd5b600b546001600160a01b031663e38335e5348686865f3060601b7fffffffffffffffffffffffffffffffffffffffff0000000000000000000000001688186040518763ffffffff1660e01b8152600401612bac959493929190614e8b565b5f604051808303818588803b158015612bc3575f5ffd5b505af1158015612bd5573d5f5f3e3d5ffd5b5050505f9687525050600c602052505060408320929092555050565b5f818152600460205260408120805460ff7e0100000000000000000000000000000000000000000000000000000000000082048116917f01000000000000000000000000000000000000000000000000000000000000009004168115612c5c57506007949350505050565b8015612c6d57506002949350505050565b5f8581526004602052604081205474010000000000000000000000000000000000000000900465ffffffffffff169050805f03612cd9576040517f6ad0607500000000000000000000000000000000000000000000000000000000815260048101879052602401610e24565b5f612ce26115a8565b65ffffffffffff169050808210612cff57505f9695505050505050565b5f612d0988611716565b9050818110612d2057506001979650505050505050565b612d29886137d7565b1580612d4857505f888152600960205260409020805460019091015411155b15612d5b57506003979650505050505050565b5f8881526004602052604090206001015465ffffffffffff165f03612d8857506004979650505050505050565b506005979650505050505050565b5f366014808210801590612dd257507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b15612df857612de536828403815f614f2f565b612dee91614f56565b60601c9250505090565b339250505090565b5f5f612e0e86868686613838565b5f818152600c60205260409020549091508015612ea657600b546040517fc4d252f5000000000000000000000000000000000000000000000000000000008152600481018390526001600160a01b039091169063c4d252f5906024015f604051808303815f87803b158015612e81575f5ffd5b505af1158015612e93573d5f5f3e3d5ffd5b5050505f838152600c6020526040812055505b5095945050505050565b6060612eba6124ee565b65ffffffffffff168265ffffffffffff1614612f02576040517f6ff0714000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505060408051808201909152601d81527f6d6f64653d626c6f636b6e756d6265722666726f6d3d64656661756c74000000602082015290565b5f610ca0612f4761392c565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f836001600160a01b03163b5f03612fe0575f5f612fa08585613a55565b5090925090505f816003811115612fb957612fb96143a8565b148015612fd75750856001600160a01b0316826001600160a01b0316145b9250505061163e565b612feb848484613a9e565b905061163e565b5f8581526009602090815260408083206001600160a01b03881684526003810190925282205460ff161561305d576040517f71c6af490000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610e24565b6001600160a01b0386165f908152600382016020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016600117905560ff85166130c45783815f015f8282546130b99190614d5e565b909155506131519050565b5f1960ff8616016130e25783816001015f8282546130b99190614d5e565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff86160161311f5783816002015f8282546130b99190614d5e565b6040517f06b337c200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509195945050505050565b80545f908190819080820361317a575f5f5f93509350935050611219565b5f61318a866125bd600185614e4b565b546001955065ffffffffffff811694506601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff169250611219915050565b5f65ffffffffffff8211156128b8576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526030600482015260248101839052604401610e24565b81545f9081816005811115613271575f61322e84613b1c565b6132389085614e4b565b5f8881526020902090915081015465ffffffffffff90811690871610156132615780915061326f565b61326c816001614d5e565b92505b505b5f61327e87878585613c81565b905080156132c157613295876125bd600184614e4b565b546601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff1661115d565b505f9695505050505050565b5f5f84518311806132dd57508284115b156132ec57505f9050806128ce565b5f6132f8856001614d5e565b8411801561335357507f307800000000000000000000000000000000000000000000000000000000000061332f8787016020015190565b7fffff00000000000000000000000000000000000000000000000000000000000016145b90505f6133638215156002614fbc565b61336e906028614d5e565b90508061337b8787614e4b565b0361339c575f5f61338d898989613cd7565b90965094506128ce9350505050565b5f5f9350935050506128ce565b5f63ffffffff8211156128b8576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526020600482015260248101839052604401610e24565b60605f6133fe83613dcb565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b805160208201fd5b5f600282600381111561344c5761344c6143a8565b6134569190614fd3565b60ff166001149050919050565b5f5f5f6134708686613e0b565b91509150815f036134945783818161348a5761348a614e5e565b049250505061163e565b8184116134ab576134ab6003851502601118612b3d565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b365f81601480821080159061355057507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031633145b1561356d576135638183035f3681614f2f565b9350935050509091565b5f36613563565b80545f9081906fffffffffffffffffffffffffffffffff8082169170010000000000000000000000000000000090041681036135b557505f93849350915050565b6fffffffffffffffffffffffffffffffff8181165f908152600186810160205260408220805492905586547fffffffffffffffffffffffffffffffff0000000000000000000000000000000016938101909216929092179094559293915050565b82545f9081908015613767575f613632876125bd600185614e4b565b805490915065ffffffffffff808216916601000000000000900479ffffffffffffffffffffffffffffffffffffffffffffffffffff169088168211156136a4576040517f2520601d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8765ffffffffffff168265ffffffffffff16036136f357825465ffffffffffff16660100000000000079ffffffffffffffffffffffffffffffffffffffffffffffffffff891602178355613759565b6040805180820190915265ffffffffffff808a16825279ffffffffffffffffffffffffffffffffffffffffffffffffffff808a1660208085019182528d54600181018f555f8f815291909120945191519092166601000000000000029216919091179101555b94508593506128ce92505050565b50506040805180820190915265ffffffffffff808516825279ffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182528854600181018a555f8a81529182209551925190931666010000000000000291909316179201919091559050816128ce565b5f818152600960205260408120600281015460018201546137f89190614d5e565b5f8481526004602052604090205461382f9074010000000000000000000000000000000000000000900465ffffffffffff166118eb565b11159392505050565b5f5f61384686868686611682565b9050613894816138566007611b0b565b6138606006611b0b565b61386a6002611b0b565b6001613877600782615019565b61388290600261510d565b61388c9190614e4b565b181818611b2d565b505f818152600460205260409081902080547effffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff167f0100000000000000000000000000000000000000000000000000000000000000179055517f789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c9061391b9083815260200190565b60405180910390a195945050505050565b5f306001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614801561398457507f000000000000000000000000000000000000000000000000000000000000000046145b156139ae57507f000000000000000000000000000000000000000000000000000000000000000090565b610b71604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f5f5f8351604103613a8c576020840151604085015160608601515f1a613a7e88828585613e27565b955095509550505050613a97565b505081515f91506002905b9250925092565b8051604080517f1626ba7e000000000000000000000000000000000000000000000000000000008082526004820186905260248201929092525f92906020820185604483015e5f82606483010152601f820160051c60051b915060205f60648401838a5afa9050825f5114601f3d1116811693505050509392505050565b5f60018211613b29575090565b8160017001000000000000000000000000000000008210613b4f5760809190911c9060401b5b680100000000000000008210613b6a5760409190911c9060201b5b6401000000008210613b815760209190911c9060101b5b620100008210613b965760109190911c9060081b5b6101008210613baa5760089190911c9060041b5b60108210613bbd5760049190911c9060021b5b60048210613bc95760011b5b600302600190811c90818581613be157613be1614e5e565b048201901c90506001818581613bf957613bf9614e5e565b048201901c90506001818581613c1157613c11614e5e565b048201901c90506001818581613c2957613c29614e5e565b048201901c90506001818581613c4157613c41614e5e565b048201901c90506001818581613c5957613c59614e5e565b048201901c9050613c78818581613c7257613c72614e5e565b04821190565b90039392505050565b5f5b81831015613ccf575f85815260209020838316600285851804019081015465ffffffffffff86811691161115613cbb57809250613cc9565b613cc6816001614d5e565b93505b50613c83565b509392505050565b5f808481613ce6866001614d5e565b85118015613d4157507f3078000000000000000000000000000000000000000000000000000000000000613d1d8388016020015190565b7fffff00000000000000000000000000000000000000000000000000000000000016145b90505f613d518215156002614fbc565b90505f80613d5f838a614d5e565b90505b87811015613dba575f613d80613d7b8784016020015190565b613eef565b9050600f8160ff161115613d9f575f5f975097505050505050506128ce565b613daa601084614fbc565b60ff909116019150600101613d62565b506001999098509650505050505050565b5f60ff8216601f811115610ca0576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f805f1983850993909202808410938190039390930393915050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115613e6057505f91506003905082613ee5565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015613eb1573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116613edc57505f925060019150829050613ee5565b92505f91508190505b9450945094915050565b5f60f882901c602f81118015613f085750603a8160ff16105b15613f34577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffd001610ca0565b60608160ff16118015613f4a575060678160ff16105b15613f76577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffa901610ca0565b60408160ff16118015613f8c575060478160ff16105b15613fb8577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc901610ca0565b5060ff92915050565b5f60208284031215613fd1575f5ffd5b81357fffffffff000000000000000000000000000000000000000000000000000000008116811461163e575f5ffd5b5f60208284031215614010575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f61163e6020830184614017565b6001600160a01b0381168114610cb7575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff811182821017156140c1576140c161406b565b604052919050565b5f67ffffffffffffffff8211156140e2576140e261406b565b50601f01601f191660200190565b5f6141026140fd846140c9565b614098565b9050828152838383011115614115575f5ffd5b828260208301375f602084830101529392505050565b5f82601f83011261413a575f5ffd5b61163e838335602085016140f0565b5f5f5f5f6080858703121561415c575f5ffd5b843561416781614057565b9350602085013561417781614057565b925060408501359150606085013567ffffffffffffffff811115614199575f5ffd5b6141a58782880161412b565b91505092959194509250565b5f67ffffffffffffffff8211156141ca576141ca61406b565b5060051b60200190565b5f82601f8301126141e3575f5ffd5b81356141f16140fd826141b1565b8082825260208201915060208360051b860101925085831115614212575f5ffd5b602085015b83811015612ea657803561422a81614057565b835260209283019201614217565b5f82601f830112614247575f5ffd5b81356142556140fd826141b1565b8082825260208201915060208360051b860101925085831115614276575f5ffd5b602085015b83811015612ea657803583526020928301920161427b565b5f82601f8301126142a2575f5ffd5b81356142b06140fd826141b1565b8082825260208201915060208360051b8601019250858311156142d1575f5ffd5b602085015b83811015612ea657803567ffffffffffffffff8111156142f4575f5ffd5b614303886020838a010161412b565b845250602092830192016142d6565b5f5f5f5f60808587031215614325575f5ffd5b843567ffffffffffffffff81111561433b575f5ffd5b614347878288016141d4565b945050602085013567ffffffffffffffff811115614363575f5ffd5b61436f87828801614238565b935050604085013567ffffffffffffffff81111561438b575f5ffd5b61439787828801614293565b949793965093946060013593505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b6008811061440a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b60208101610ca082846143d5565b5f5f6040838503121561442d575f5ffd5b82359150602083013561443f81614057565b809150509250929050565b803560ff811681146111f6575f5ffd5b5f5f6040838503121561446b575f5ffd5b8235915061447b6020840161444a565b90509250929050565b5f60208284031215614494575f5ffd5b813561163e81614057565b5f5f83601f8401126144af575f5ffd5b50813567ffffffffffffffff8111156144c6575f5ffd5b6020830191508360208285010111156144dd575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a0312156144fa575f5ffd5b8735965061450a6020890161444a565b9550604088013561451a81614057565b9450606088013567ffffffffffffffff811115614535575f5ffd5b6145418a828b0161449f565b909550935050608088013567ffffffffffffffff811115614560575f5ffd5b61456c8a828b0161412b565b92505060a088013567ffffffffffffffff811115614588575f5ffd5b6145948a828b0161412b565b91505092959891949750929550565b5f5f5f5f5f608086880312156145b7575f5ffd5b853594506145c76020870161444a565b9350604086013567ffffffffffffffff8111156145e2575f5ffd5b6145ee8882890161449f565b909450925050606086013567ffffffffffffffff81111561460d575f5ffd5b6146198882890161412b565b9150509295509295909350565b65ffffffffffff81168114610cb7575f5ffd5b5f60208284031215614649575f5ffd5b813561163e81614626565b5f5f5f5f60608587031215614667575f5ffd5b843593506146776020860161444a565b9250604085013567ffffffffffffffff811115614692575f5ffd5b61469e8782880161449f565b95989497509550505050565b5f5f5f5f608085870312156146bd575f5ffd5b843567ffffffffffffffff8111156146d3575f5ffd5b6146df878288016141d4565b945050602085013567ffffffffffffffff8111156146fb575f5ffd5b61470787828801614238565b935050604085013567ffffffffffffffff811115614723575f5ffd5b61472f87828801614293565b925050606085013567ffffffffffffffff81111561474b575f5ffd5b8501601f8101871361475b575f5ffd5b6141a5878235602084016140f0565b5f8151808452602084019350602083015f5b8281101561479a57815186526020958601959091019060010161477c565b5093949350505050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f6147de60e0830189614017565b82810360408401526147f08189614017565b90508660608401526001600160a01b03861660808401528460a084015282810360c084015261481f818561476a565b9a9950505050505050505050565b5f5f5f5f60808587031215614840575f5ffd5b843593506148506020860161444a565b9250604085013561486081614057565b9150606085013567ffffffffffffffff811115614199575f5ffd5b5f5f5f6060848603121561488d575f5ffd5b833561489881614057565b925060208401359150604084013567ffffffffffffffff8111156148ba575f5ffd5b6148c68682870161412b565b9150509250925092565b5f5f5f5f5f60a086880312156148e4575f5ffd5b85356148ef81614057565b945060208601356148ff81614057565b9350604086013567ffffffffffffffff81111561491a575f5ffd5b61492688828901614238565b935050606086013567ffffffffffffffff811115614942575f5ffd5b61494e88828901614238565b925050608086013567ffffffffffffffff81111561460d575f5ffd5b5f5f5f5f6060858703121561497d575f5ffd5b843561498881614057565b935060208501359250604085013567ffffffffffffffff811115614692575f5ffd5b5f602082840312156149ba575f5ffd5b813563ffffffff8116811461163e575f5ffd5b5f5f604083850312156149de575f5ffd5b82356149e981614057565b946020939093013593505050565b5f5f5f5f5f60a08688031215614a0b575f5ffd5b8535614a1681614057565b94506020860135614a2681614057565b93506040860135925060608601359150608086013567ffffffffffffffff81111561460d575f5ffd5b600181811c90821680614a6357607f821691505b602082108103614a9a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b50919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215614add575f5ffd5b815167ffffffffffffffff811115614af3575f5ffd5b8201601f81018413614b03575f5ffd5b8051614b116140fd826140c9565b818152856020838501011115614b25575f5ffd5b8160208401602083015e5f91810160200191909152949350505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b65ffffffffffff8281168282160390811115610ca057610ca0614b42565b5f60208284031215614b9d575f5ffd5b815161163e81614626565b65ffffffffffff8181168382160190811115610ca057610ca0614b42565b818382375f9101908152919050565b5f8151808452602084019350602083015f5b8281101561479a5781516001600160a01b0316865260209586019590910190600101614be7565b5f82825180855260208501945060208160051b830101602085015f5b83811015610f0057601f19858403018852614c46838351614017565b6020988901989093509190910190600101614c2a565b608081525f614c6e6080830187614bd5565b8281036020840152614c80818761476a565b90508281036040840152614c948186614c0e565b91505082606083015295945050505050565b5f60208284031215614cb6575f5ffd5b5051919050565b83815260608101614cd160208301856143d5565b826040830152949350505050565b5f60208284031215614cef575f5ffd5b8151801515811461163e575f5ffd5b84815260ff84166020820152826040820152608060608201525f6113dd6080830184614017565b85815260ff8516602082015283604082015260a060608201525f614d4c60a0830185614017565b82810360808401526113188185614017565b80820180821115610ca057610ca0614b42565b8981526001600160a01b038916602082015261012060408201525f614d9a61012083018a614bd5565b8281036060840152614dac818a61476a565b9050828103608084015280885180835260208301915060208160051b84010160208b015f5b83811015614e0357601f19868403018552614ded838351614017565b6020958601959093509190910190600101614dd1565b505085810360a0870152614e17818b614c0e565b93505050508560c08401528460e0840152828103610100840152614e3b8185614017565b9c9b505050505050505050505050565b81810381811115610ca057610ca0614b42565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b60a081525f614e9d60a0830188614bd5565b8281036020840152614eaf818861476a565b90508281036040840152614ec38187614c0e565b60608401959095525050608001529392505050565b60c081525f614eea60c0830189614bd5565b8281036020840152614efc818961476a565b90508281036040840152614f108188614c0e565b60608401969096525050608081019290925260a0909101529392505050565b5f5f85851115614f3d575f5ffd5b83861115614f49575f5ffd5b5050820193919092039150565b80357fffffffffffffffffffffffffffffffffffffffff0000000000000000000000008116906014841015614fb5577fffffffffffffffffffffffffffffffffffffffff000000000000000000000000808560140360031b1b82161691505b5092915050565b8082028115828204841417610ca057610ca0614b42565b5f60ff83168061500a577f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b8060ff84160691505092915050565b60ff8181168382160190811115610ca057610ca0614b42565b6001815b60018411156128ce5780850481111561505157615051614b42565b600184161561505f57908102905b60019390931c928002615036565b5f8261507b57506001610ca0565b8161508757505f610ca0565b816001811461509d57600281146150a7576150c3565b6001915050610ca0565b60ff8411156150b8576150b8614b42565b50506001821b610ca0565b5060208310610133831016604e8410600b84101617156150e6575081810a610ca0565b6150f25f198484615032565b805f190482111561510557615105614b42565b029392505050565b5f61163e60ff84168361506d56",
}

// BevanGovernorABI is the input ABI used to generate the binding from.
// Deprecated: Use BevanGovernorMetaData.ABI instead.
var BevanGovernorABI = BevanGovernorMetaData.ABI

// BevanGovernorBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use BevanGovernorMetaData.Bin instead.
var BevanGovernorBin = BevanGovernorMetaData.Bin

// DeployBevanGovernor deploys a new Ethereum contract, binding an instance of BevanGovernor to it.
func DeployBevanGovernor(auth *bind.TransactOpts, backend bind.ContractBackend, token common.Address, timelock common.Address, trustedForwarder common.Address, votingDelay_ *big.Int, votingPeriod_ uint32, quorumPercent *big.Int) (common.Address, *types.Transaction, *BevanGovernor, error) {
	parsed, err := BevanGovernorMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(BevanGovernorBin), backend, token, timelock, trustedForwarder, votingDelay_, votingPeriod_, quorumPercent)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &BevanGovernor{BevanGovernorCaller: BevanGovernorCaller{contract: contract}, BevanGovernorTransactor: BevanGovernorTransactor{contract: contract}, BevanGovernorFilterer: BevanGovernorFilterer{contract: contract}}, nil
}

// BevanGovernor is an auto generated Go binding around an Ethereum contract.
type BevanGovernor struct {
	BevanGovernorCaller     // Read-only binding to the contract
	BevanGovernorTransactor // Write-only binding to the contract
	BevanGovernorFilterer   // Log filterer for contract events
}

// BevanGovernorCaller is an auto generated read-only Go binding around an Ethereum contract.
type BevanGovernorCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanGovernorTransactor is an auto generated write-only Go binding around an Ethereum contract.
type BevanGovernorTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanGovernorFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type BevanGovernorFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// BevanGovernorSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type BevanGovernorSession struct {
	Contract     *BevanGovernor    // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// BevanGovernorCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type BevanGovernorCallerSession struct {
	Contract *BevanGovernorCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts        // Call options to use throughout this session
}

// BevanGovernorTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type BevanGovernorTransactorSession struct {
	Contract     *BevanGovernorTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts        // Transaction auth options to use throughout this session
}

// BevanGovernorRaw is an auto generated low-level Go binding around an Ethereum contract.
type BevanGovernorRaw struct {
	Contract *BevanGovernor // Generic contract binding to access the raw methods on
}

// BevanGovernorCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type BevanGovernorCallerRaw struct {
	Contract *BevanGovernorCaller // Generic read-only contract binding to access the raw methods on
}

// BevanGovernorTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type BevanGovernorTransactorRaw struct {
	Contract *BevanGovernorTransactor // Generic write-only contract binding to access the raw methods on
}

// NewBevanGovernor creates a new instance of BevanGovernor, bound to a specific deployed contract.
func NewBevanGovernor(address common.Address, backend bind.ContractBackend) (*BevanGovernor, error) {
	contract, err := bindBevanGovernor(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &BevanGovernor{BevanGovernorCaller: BevanGovernorCaller{contract: contract}, BevanGovernorTransactor: BevanGovernorTransactor{contract: contract}, BevanGovernorFilterer: BevanGovernorFilterer{contract: contract}}, nil
}

// NewBevanGovernorCaller creates a new read-only instance of BevanGovernor, bound to a specific deployed contract.
func NewBevanGovernorCaller(address common.Address, caller bind.ContractCaller) (*BevanGovernorCaller, error) {
	contract, err := bindBevanGovernor(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &BevanGovernorCaller{contract: contract}, nil
}

// NewBevanGovernorTransactor creates a new write-only instance of BevanGovernor, bound to a specific deployed contract.
func NewBevanGovernorTransactor(address common.Address, transactor bind.ContractTransactor) (*BevanGovernorTransactor, error) {
	contract, err := bindBevanGovernor(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &BevanGovernorTransactor{contract: contract}, nil
}

// NewBevanGovernorFilterer creates a new log filterer instance of BevanGovernor, bound to a specific deployed contract.
func NewBevanGovernorFilterer(address common.Address, filterer bind.ContractFilterer) (*BevanGovernorFilterer, error) {
	contract, err := bindBevanGovernor(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &BevanGovernorFilterer{contract: contract}, nil
}

// bindBevanGovernor binds a generic wrapper to an already deployed contract.
func bindBevanGovernor(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := BevanGovernorMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BevanGovernor *BevanGovernorRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BevanGovernor.Contract.BevanGovernorCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BevanGovernor *BevanGovernorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BevanGovernor.Contract.BevanGovernorTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BevanGovernor *BevanGovernorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BevanGovernor.Contract.BevanGovernorTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_BevanGovernor *BevanGovernorCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _BevanGovernor.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_BevanGovernor *BevanGovernorTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BevanGovernor.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_BevanGovernor *BevanGovernorTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _BevanGovernor.Contract.contract.Transact(opts, method, params...)
}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorCaller) BALLOTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "BALLOT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorSession) BALLOTTYPEHASH() ([32]byte, error) {
	return _BevanGovernor.Contract.BALLOTTYPEHASH(&_BevanGovernor.CallOpts)
}

// BALLOTTYPEHASH is a free data retrieval call binding the contract method 0xdeaaa7cc.
//
// Solidity: function BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorCallerSession) BALLOTTYPEHASH() ([32]byte, error) {
	return _BevanGovernor.Contract.BALLOTTYPEHASH(&_BevanGovernor.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_BevanGovernor *BevanGovernorCaller) CLOCKMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "CLOCK_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_BevanGovernor *BevanGovernorSession) CLOCKMODE() (string, error) {
	return _BevanGovernor.Contract.CLOCKMODE(&_BevanGovernor.CallOpts)
}

// CLOCKMODE is a free data retrieval call binding the contract method 0x4bf5d7e9.
//
// Solidity: function CLOCK_MODE() view returns(string)
func (_BevanGovernor *BevanGovernorCallerSession) CLOCKMODE() (string, error) {
	return _BevanGovernor.Contract.CLOCKMODE(&_BevanGovernor.CallOpts)
}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_BevanGovernor *BevanGovernorCaller) COUNTINGMODE(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "COUNTING_MODE")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_BevanGovernor *BevanGovernorSession) COUNTINGMODE() (string, error) {
	return _BevanGovernor.Contract.COUNTINGMODE(&_BevanGovernor.CallOpts)
}

// COUNTINGMODE is a free data retrieval call binding the contract method 0xdd4e2ba5.
//
// Solidity: function COUNTING_MODE() pure returns(string)
func (_BevanGovernor *BevanGovernorCallerSession) COUNTINGMODE() (string, error) {
	return _BevanGovernor.Contract.COUNTINGMODE(&_BevanGovernor.CallOpts)
}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorCaller) EXTENDEDBALLOTTYPEHASH(opts *bind.CallOpts) ([32]byte, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "EXTENDED_BALLOT_TYPEHASH")

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorSession) EXTENDEDBALLOTTYPEHASH() ([32]byte, error) {
	return _BevanGovernor.Contract.EXTENDEDBALLOTTYPEHASH(&_BevanGovernor.CallOpts)
}

// EXTENDEDBALLOTTYPEHASH is a free data retrieval call binding the contract method 0x2fe3e261.
//
// Solidity: function EXTENDED_BALLOT_TYPEHASH() view returns(bytes32)
func (_BevanGovernor *BevanGovernorCallerSession) EXTENDEDBALLOTTYPEHASH() ([32]byte, error) {
	return _BevanGovernor.Contract.EXTENDEDBALLOTTYPEHASH(&_BevanGovernor.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_BevanGovernor *BevanGovernorCaller) Clock(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "clock")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_BevanGovernor *BevanGovernorSession) Clock() (*big.Int, error) {
	return _BevanGovernor.Contract.Clock(&_BevanGovernor.CallOpts)
}

// Clock is a free data retrieval call binding the contract method 0x91ddadf4.
//
// Solidity: function clock() view returns(uint48)
func (_BevanGovernor *BevanGovernorCallerSession) Clock() (*big.Int, error) {
	return _BevanGovernor.Contract.Clock(&_BevanGovernor.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanGovernor *BevanGovernorCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanGovernor *BevanGovernorSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BevanGovernor.Contract.Eip712Domain(&_BevanGovernor.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_BevanGovernor *BevanGovernorCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _BevanGovernor.Contract.Eip712Domain(&_BevanGovernor.CallOpts)
}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) GetProposalId(opts *bind.CallOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "getProposalId", targets, values, calldatas, descriptionHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) GetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _BevanGovernor.Contract.GetProposalId(&_BevanGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// GetProposalId is a free data retrieval call binding the contract method 0xa8f8a668.
//
// Solidity: function getProposalId(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) GetProposalId(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _BevanGovernor.Contract.GetProposalId(&_BevanGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) GetVotes(opts *bind.CallOpts, account common.Address, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "getVotes", account, timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) GetVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.GetVotes(&_BevanGovernor.CallOpts, account, timepoint)
}

// GetVotes is a free data retrieval call binding the contract method 0xeb9019d4.
//
// Solidity: function getVotes(address account, uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) GetVotes(account common.Address, timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.GetVotes(&_BevanGovernor.CallOpts, account, timepoint)
}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) GetVotesWithParams(opts *bind.CallOpts, account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "getVotesWithParams", account, timepoint, params)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) GetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	return _BevanGovernor.Contract.GetVotesWithParams(&_BevanGovernor.CallOpts, account, timepoint, params)
}

// GetVotesWithParams is a free data retrieval call binding the contract method 0x9a802a6d.
//
// Solidity: function getVotesWithParams(address account, uint256 timepoint, bytes params) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) GetVotesWithParams(account common.Address, timepoint *big.Int, params []byte) (*big.Int, error) {
	return _BevanGovernor.Contract.GetVotesWithParams(&_BevanGovernor.CallOpts, account, timepoint, params)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_BevanGovernor *BevanGovernorCaller) HasVoted(opts *bind.CallOpts, proposalId *big.Int, account common.Address) (bool, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "hasVoted", proposalId, account)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_BevanGovernor *BevanGovernorSession) HasVoted(proposalId *big.Int, account common.Address) (bool, error) {
	return _BevanGovernor.Contract.HasVoted(&_BevanGovernor.CallOpts, proposalId, account)
}

// HasVoted is a free data retrieval call binding the contract method 0x43859632.
//
// Solidity: function hasVoted(uint256 proposalId, address account) view returns(bool)
func (_BevanGovernor *BevanGovernorCallerSession) HasVoted(proposalId *big.Int, account common.Address) (bool, error) {
	return _BevanGovernor.Contract.HasVoted(&_BevanGovernor.CallOpts, proposalId, account)
}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) HashProposal(opts *bind.CallOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "hashProposal", targets, values, calldatas, descriptionHash)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_BevanGovernor *BevanGovernorSession) HashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _BevanGovernor.Contract.HashProposal(&_BevanGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// HashProposal is a free data retrieval call binding the contract method 0xc59057e4.
//
// Solidity: function hashProposal(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) pure returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) HashProposal(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*big.Int, error) {
	return _BevanGovernor.Contract.HashProposal(&_BevanGovernor.CallOpts, targets, values, calldatas, descriptionHash)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_BevanGovernor *BevanGovernorCaller) IsTrustedForwarder(opts *bind.CallOpts, forwarder common.Address) (bool, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "isTrustedForwarder", forwarder)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_BevanGovernor *BevanGovernorSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _BevanGovernor.Contract.IsTrustedForwarder(&_BevanGovernor.CallOpts, forwarder)
}

// IsTrustedForwarder is a free data retrieval call binding the contract method 0x572b6c05.
//
// Solidity: function isTrustedForwarder(address forwarder) view returns(bool)
func (_BevanGovernor *BevanGovernorCallerSession) IsTrustedForwarder(forwarder common.Address) (bool, error) {
	return _BevanGovernor.Contract.IsTrustedForwarder(&_BevanGovernor.CallOpts, forwarder)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BevanGovernor *BevanGovernorCaller) Name(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "name")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BevanGovernor *BevanGovernorSession) Name() (string, error) {
	return _BevanGovernor.Contract.Name(&_BevanGovernor.CallOpts)
}

// Name is a free data retrieval call binding the contract method 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (_BevanGovernor *BevanGovernorCallerSession) Name() (string, error) {
	return _BevanGovernor.Contract.Name(&_BevanGovernor.CallOpts)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) Nonces(opts *bind.CallOpts, owner common.Address) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "nonces", owner)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BevanGovernor.Contract.Nonces(&_BevanGovernor.CallOpts, owner)
}

// Nonces is a free data retrieval call binding the contract method 0x7ecebe00.
//
// Solidity: function nonces(address owner) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) Nonces(owner common.Address) (*big.Int, error) {
	return _BevanGovernor.Contract.Nonces(&_BevanGovernor.CallOpts, owner)
}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) ProposalDeadline(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalDeadline", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) ProposalDeadline(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalDeadline(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalDeadline is a free data retrieval call binding the contract method 0xc01f9e37.
//
// Solidity: function proposalDeadline(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalDeadline(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalDeadline(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) ProposalEta(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalEta", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) ProposalEta(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalEta(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalEta is a free data retrieval call binding the contract method 0xab58fb8e.
//
// Solidity: function proposalEta(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalEta(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalEta(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_BevanGovernor *BevanGovernorCaller) ProposalNeedsQueuing(opts *bind.CallOpts, proposalId *big.Int) (bool, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalNeedsQueuing", proposalId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_BevanGovernor *BevanGovernorSession) ProposalNeedsQueuing(proposalId *big.Int) (bool, error) {
	return _BevanGovernor.Contract.ProposalNeedsQueuing(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalNeedsQueuing is a free data retrieval call binding the contract method 0xa9a95294.
//
// Solidity: function proposalNeedsQueuing(uint256 proposalId) view returns(bool)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalNeedsQueuing(proposalId *big.Int) (bool, error) {
	return _BevanGovernor.Contract.ProposalNeedsQueuing(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_BevanGovernor *BevanGovernorCaller) ProposalProposer(opts *bind.CallOpts, proposalId *big.Int) (common.Address, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalProposer", proposalId)

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_BevanGovernor *BevanGovernorSession) ProposalProposer(proposalId *big.Int) (common.Address, error) {
	return _BevanGovernor.Contract.ProposalProposer(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalProposer is a free data retrieval call binding the contract method 0x143489d0.
//
// Solidity: function proposalProposer(uint256 proposalId) view returns(address)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalProposer(proposalId *big.Int) (common.Address, error) {
	return _BevanGovernor.Contract.ProposalProposer(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) ProposalSnapshot(opts *bind.CallOpts, proposalId *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalSnapshot", proposalId)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) ProposalSnapshot(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalSnapshot(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalSnapshot is a free data retrieval call binding the contract method 0x2d63f693.
//
// Solidity: function proposalSnapshot(uint256 proposalId) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalSnapshot(proposalId *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalSnapshot(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) ProposalThreshold(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalThreshold")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) ProposalThreshold() (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalThreshold(&_BevanGovernor.CallOpts)
}

// ProposalThreshold is a free data retrieval call binding the contract method 0xb58131b0.
//
// Solidity: function proposalThreshold() view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalThreshold() (*big.Int, error) {
	return _BevanGovernor.Contract.ProposalThreshold(&_BevanGovernor.CallOpts)
}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_BevanGovernor *BevanGovernorCaller) ProposalVotes(opts *bind.CallOpts, proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "proposalVotes", proposalId)

	outstruct := new(struct {
		AgainstVotes *big.Int
		ForVotes     *big.Int
		AbstainVotes *big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.AgainstVotes = *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)
	outstruct.ForVotes = *abi.ConvertType(out[1], new(*big.Int)).(**big.Int)
	outstruct.AbstainVotes = *abi.ConvertType(out[2], new(*big.Int)).(**big.Int)

	return *outstruct, err

}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_BevanGovernor *BevanGovernorSession) ProposalVotes(proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	return _BevanGovernor.Contract.ProposalVotes(&_BevanGovernor.CallOpts, proposalId)
}

// ProposalVotes is a free data retrieval call binding the contract method 0x544ffc9c.
//
// Solidity: function proposalVotes(uint256 proposalId) view returns(uint256 againstVotes, uint256 forVotes, uint256 abstainVotes)
func (_BevanGovernor *BevanGovernorCallerSession) ProposalVotes(proposalId *big.Int) (struct {
	AgainstVotes *big.Int
	ForVotes     *big.Int
	AbstainVotes *big.Int
}, error) {
	return _BevanGovernor.Contract.ProposalVotes(&_BevanGovernor.CallOpts, proposalId)
}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) Quorum(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "quorum", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Quorum(timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.Quorum(&_BevanGovernor.CallOpts, timepoint)
}

// Quorum is a free data retrieval call binding the contract method 0xf8ce560a.
//
// Solidity: function quorum(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) Quorum(timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.Quorum(&_BevanGovernor.CallOpts, timepoint)
}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) QuorumDenominator(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "quorumDenominator")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) QuorumDenominator() (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumDenominator(&_BevanGovernor.CallOpts)
}

// QuorumDenominator is a free data retrieval call binding the contract method 0x97c3d334.
//
// Solidity: function quorumDenominator() view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) QuorumDenominator() (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumDenominator(&_BevanGovernor.CallOpts)
}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) QuorumNumerator(opts *bind.CallOpts, timepoint *big.Int) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "quorumNumerator", timepoint)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) QuorumNumerator(timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumNumerator(&_BevanGovernor.CallOpts, timepoint)
}

// QuorumNumerator is a free data retrieval call binding the contract method 0x60c4247f.
//
// Solidity: function quorumNumerator(uint256 timepoint) view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) QuorumNumerator(timepoint *big.Int) (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumNumerator(&_BevanGovernor.CallOpts, timepoint)
}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) QuorumNumerator0(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "quorumNumerator0")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) QuorumNumerator0() (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumNumerator0(&_BevanGovernor.CallOpts)
}

// QuorumNumerator0 is a free data retrieval call binding the contract method 0xa7713a70.
//
// Solidity: function quorumNumerator() view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) QuorumNumerator0() (*big.Int, error) {
	return _BevanGovernor.Contract.QuorumNumerator0(&_BevanGovernor.CallOpts)
}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_BevanGovernor *BevanGovernorCaller) State(opts *bind.CallOpts, proposalId *big.Int) (uint8, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "state", proposalId)

	if err != nil {
		return *new(uint8), err
	}

	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)

	return out0, err

}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_BevanGovernor *BevanGovernorSession) State(proposalId *big.Int) (uint8, error) {
	return _BevanGovernor.Contract.State(&_BevanGovernor.CallOpts, proposalId)
}

// State is a free data retrieval call binding the contract method 0x3e4f49e6.
//
// Solidity: function state(uint256 proposalId) view returns(uint8)
func (_BevanGovernor *BevanGovernorCallerSession) State(proposalId *big.Int) (uint8, error) {
	return _BevanGovernor.Contract.State(&_BevanGovernor.CallOpts, proposalId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_BevanGovernor *BevanGovernorCaller) SupportsInterface(opts *bind.CallOpts, interfaceId [4]byte) (bool, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "supportsInterface", interfaceId)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_BevanGovernor *BevanGovernorSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _BevanGovernor.Contract.SupportsInterface(&_BevanGovernor.CallOpts, interfaceId)
}

// SupportsInterface is a free data retrieval call binding the contract method 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 interfaceId) view returns(bool)
func (_BevanGovernor *BevanGovernorCallerSession) SupportsInterface(interfaceId [4]byte) (bool, error) {
	return _BevanGovernor.Contract.SupportsInterface(&_BevanGovernor.CallOpts, interfaceId)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_BevanGovernor *BevanGovernorCaller) Timelock(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "timelock")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_BevanGovernor *BevanGovernorSession) Timelock() (common.Address, error) {
	return _BevanGovernor.Contract.Timelock(&_BevanGovernor.CallOpts)
}

// Timelock is a free data retrieval call binding the contract method 0xd33219b4.
//
// Solidity: function timelock() view returns(address)
func (_BevanGovernor *BevanGovernorCallerSession) Timelock() (common.Address, error) {
	return _BevanGovernor.Contract.Timelock(&_BevanGovernor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BevanGovernor *BevanGovernorCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BevanGovernor *BevanGovernorSession) Token() (common.Address, error) {
	return _BevanGovernor.Contract.Token(&_BevanGovernor.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_BevanGovernor *BevanGovernorCallerSession) Token() (common.Address, error) {
	return _BevanGovernor.Contract.Token(&_BevanGovernor.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_BevanGovernor *BevanGovernorCaller) TrustedForwarder(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "trustedForwarder")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_BevanGovernor *BevanGovernorSession) TrustedForwarder() (common.Address, error) {
	return _BevanGovernor.Contract.TrustedForwarder(&_BevanGovernor.CallOpts)
}

// TrustedForwarder is a free data retrieval call binding the contract method 0x7da0a877.
//
// Solidity: function trustedForwarder() view returns(address)
func (_BevanGovernor *BevanGovernorCallerSession) TrustedForwarder() (common.Address, error) {
	return _BevanGovernor.Contract.TrustedForwarder(&_BevanGovernor.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_BevanGovernor *BevanGovernorCaller) Version(opts *bind.CallOpts) (string, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "version")

	if err != nil {
		return *new(string), err
	}

	out0 := *abi.ConvertType(out[0], new(string)).(*string)

	return out0, err

}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_BevanGovernor *BevanGovernorSession) Version() (string, error) {
	return _BevanGovernor.Contract.Version(&_BevanGovernor.CallOpts)
}

// Version is a free data retrieval call binding the contract method 0x54fd4d50.
//
// Solidity: function version() view returns(string)
func (_BevanGovernor *BevanGovernorCallerSession) Version() (string, error) {
	return _BevanGovernor.Contract.Version(&_BevanGovernor.CallOpts)
}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) VotingDelay(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "votingDelay")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) VotingDelay() (*big.Int, error) {
	return _BevanGovernor.Contract.VotingDelay(&_BevanGovernor.CallOpts)
}

// VotingDelay is a free data retrieval call binding the contract method 0x3932abb1.
//
// Solidity: function votingDelay() view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) VotingDelay() (*big.Int, error) {
	return _BevanGovernor.Contract.VotingDelay(&_BevanGovernor.CallOpts)
}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_BevanGovernor *BevanGovernorCaller) VotingPeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _BevanGovernor.contract.Call(opts, &out, "votingPeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_BevanGovernor *BevanGovernorSession) VotingPeriod() (*big.Int, error) {
	return _BevanGovernor.Contract.VotingPeriod(&_BevanGovernor.CallOpts)
}

// VotingPeriod is a free data retrieval call binding the contract method 0x02a251a3.
//
// Solidity: function votingPeriod() view returns(uint256)
func (_BevanGovernor *BevanGovernorCallerSession) VotingPeriod() (*big.Int, error) {
	return _BevanGovernor.Contract.VotingPeriod(&_BevanGovernor.CallOpts)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) Cancel(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "cancel", targets, values, calldatas, descriptionHash)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Cancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Cancel(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Cancel is a paid mutator transaction binding the contract method 0x452115d6.
//
// Solidity: function cancel(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) Cancel(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Cancel(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) CastVote(opts *bind.TransactOpts, proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "castVote", proposalId, support)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) CastVote(proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVote(&_BevanGovernor.TransactOpts, proposalId, support)
}

// CastVote is a paid mutator transaction binding the contract method 0x56781388.
//
// Solidity: function castVote(uint256 proposalId, uint8 support) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) CastVote(proposalId *big.Int, support uint8) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVote(&_BevanGovernor.TransactOpts, proposalId, support)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) CastVoteBySig(opts *bind.TransactOpts, proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "castVoteBySig", proposalId, support, voter, signature)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) CastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteBySig(&_BevanGovernor.TransactOpts, proposalId, support, voter, signature)
}

// CastVoteBySig is a paid mutator transaction binding the contract method 0x8ff262e3.
//
// Solidity: function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) CastVoteBySig(proposalId *big.Int, support uint8, voter common.Address, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteBySig(&_BevanGovernor.TransactOpts, proposalId, support, voter, signature)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) CastVoteWithReason(opts *bind.TransactOpts, proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "castVoteWithReason", proposalId, support, reason)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) CastVoteWithReason(proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReason(&_BevanGovernor.TransactOpts, proposalId, support, reason)
}

// CastVoteWithReason is a paid mutator transaction binding the contract method 0x7b3c71d3.
//
// Solidity: function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) CastVoteWithReason(proposalId *big.Int, support uint8, reason string) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReason(&_BevanGovernor.TransactOpts, proposalId, support, reason)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) CastVoteWithReasonAndParams(opts *bind.TransactOpts, proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "castVoteWithReasonAndParams", proposalId, support, reason, params)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) CastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReasonAndParams(&_BevanGovernor.TransactOpts, proposalId, support, reason, params)
}

// CastVoteWithReasonAndParams is a paid mutator transaction binding the contract method 0x5f398a14.
//
// Solidity: function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) CastVoteWithReasonAndParams(proposalId *big.Int, support uint8, reason string, params []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReasonAndParams(&_BevanGovernor.TransactOpts, proposalId, support, reason, params)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) CastVoteWithReasonAndParamsBySig(opts *bind.TransactOpts, proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "castVoteWithReasonAndParamsBySig", proposalId, support, voter, reason, params, signature)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) CastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReasonAndParamsBySig(&_BevanGovernor.TransactOpts, proposalId, support, voter, reason, params, signature)
}

// CastVoteWithReasonAndParamsBySig is a paid mutator transaction binding the contract method 0x5b8d0e0d.
//
// Solidity: function castVoteWithReasonAndParamsBySig(uint256 proposalId, uint8 support, address voter, string reason, bytes params, bytes signature) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) CastVoteWithReasonAndParamsBySig(proposalId *big.Int, support uint8, voter common.Address, reason string, params []byte, signature []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.CastVoteWithReasonAndParamsBySig(&_BevanGovernor.TransactOpts, proposalId, support, voter, reason, params, signature)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) Execute(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "execute", targets, values, calldatas, descriptionHash)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Execute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Execute(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Execute is a paid mutator transaction binding the contract method 0x2656227d.
//
// Solidity: function execute(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) payable returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) Execute(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Execute(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactor) OnERC1155BatchReceived(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "onERC1155BatchReceived", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC1155BatchReceived(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155BatchReceived is a paid mutator transaction binding the contract method 0xbc197c81.
//
// Solidity: function onERC1155BatchReceived(address , address , uint256[] , uint256[] , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactorSession) OnERC1155BatchReceived(arg0 common.Address, arg1 common.Address, arg2 []*big.Int, arg3 []*big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC1155BatchReceived(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactor) OnERC1155Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "onERC1155Received", arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC1155Received(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC1155Received is a paid mutator transaction binding the contract method 0xf23a6e61.
//
// Solidity: function onERC1155Received(address , address , uint256 , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactorSession) OnERC1155Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 *big.Int, arg4 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC1155Received(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3, arg4)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactor) OnERC721Received(opts *bind.TransactOpts, arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "onERC721Received", arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC721Received(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3)
}

// OnERC721Received is a paid mutator transaction binding the contract method 0x150b7a02.
//
// Solidity: function onERC721Received(address , address , uint256 , bytes ) returns(bytes4)
func (_BevanGovernor *BevanGovernorTransactorSession) OnERC721Received(arg0 common.Address, arg1 common.Address, arg2 *big.Int, arg3 []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.OnERC721Received(&_BevanGovernor.TransactOpts, arg0, arg1, arg2, arg3)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) Propose(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "propose", targets, values, calldatas, description)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Propose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Propose(&_BevanGovernor.TransactOpts, targets, values, calldatas, description)
}

// Propose is a paid mutator transaction binding the contract method 0x7d5e81e2.
//
// Solidity: function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) Propose(targets []common.Address, values []*big.Int, calldatas [][]byte, description string) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Propose(&_BevanGovernor.TransactOpts, targets, values, calldatas, description)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactor) Queue(opts *bind.TransactOpts, targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "queue", targets, values, calldatas, descriptionHash)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorSession) Queue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Queue(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Queue is a paid mutator transaction binding the contract method 0x160cbed7.
//
// Solidity: function queue(address[] targets, uint256[] values, bytes[] calldatas, bytes32 descriptionHash) returns(uint256)
func (_BevanGovernor *BevanGovernorTransactorSession) Queue(targets []common.Address, values []*big.Int, calldatas [][]byte, descriptionHash [32]byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Queue(&_BevanGovernor.TransactOpts, targets, values, calldatas, descriptionHash)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_BevanGovernor *BevanGovernorTransactor) Relay(opts *bind.TransactOpts, target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "relay", target, value, data)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_BevanGovernor *BevanGovernorSession) Relay(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Relay(&_BevanGovernor.TransactOpts, target, value, data)
}

// Relay is a paid mutator transaction binding the contract method 0xc28bc2fa.
//
// Solidity: function relay(address target, uint256 value, bytes data) payable returns()
func (_BevanGovernor *BevanGovernorTransactorSession) Relay(target common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	return _BevanGovernor.Contract.Relay(&_BevanGovernor.TransactOpts, target, value, data)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_BevanGovernor *BevanGovernorTransactor) SetProposalThreshold(opts *bind.TransactOpts, newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "setProposalThreshold", newProposalThreshold)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_BevanGovernor *BevanGovernorSession) SetProposalThreshold(newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetProposalThreshold(&_BevanGovernor.TransactOpts, newProposalThreshold)
}

// SetProposalThreshold is a paid mutator transaction binding the contract method 0xece40cc1.
//
// Solidity: function setProposalThreshold(uint256 newProposalThreshold) returns()
func (_BevanGovernor *BevanGovernorTransactorSession) SetProposalThreshold(newProposalThreshold *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetProposalThreshold(&_BevanGovernor.TransactOpts, newProposalThreshold)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_BevanGovernor *BevanGovernorTransactor) SetVotingDelay(opts *bind.TransactOpts, newVotingDelay *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "setVotingDelay", newVotingDelay)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_BevanGovernor *BevanGovernorSession) SetVotingDelay(newVotingDelay *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetVotingDelay(&_BevanGovernor.TransactOpts, newVotingDelay)
}

// SetVotingDelay is a paid mutator transaction binding the contract method 0x79051887.
//
// Solidity: function setVotingDelay(uint48 newVotingDelay) returns()
func (_BevanGovernor *BevanGovernorTransactorSession) SetVotingDelay(newVotingDelay *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetVotingDelay(&_BevanGovernor.TransactOpts, newVotingDelay)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_BevanGovernor *BevanGovernorTransactor) SetVotingPeriod(opts *bind.TransactOpts, newVotingPeriod uint32) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "setVotingPeriod", newVotingPeriod)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_BevanGovernor *BevanGovernorSession) SetVotingPeriod(newVotingPeriod uint32) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetVotingPeriod(&_BevanGovernor.TransactOpts, newVotingPeriod)
}

// SetVotingPeriod is a paid mutator transaction binding the contract method 0xe540d01d.
//
// Solidity: function setVotingPeriod(uint32 newVotingPeriod) returns()
func (_BevanGovernor *BevanGovernorTransactorSession) SetVotingPeriod(newVotingPeriod uint32) (*types.Transaction, error) {
	return _BevanGovernor.Contract.SetVotingPeriod(&_BevanGovernor.TransactOpts, newVotingPeriod)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_BevanGovernor *BevanGovernorTransactor) UpdateQuorumNumerator(opts *bind.TransactOpts, newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "updateQuorumNumerator", newQuorumNumerator)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_BevanGovernor *BevanGovernorSession) UpdateQuorumNumerator(newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.UpdateQuorumNumerator(&_BevanGovernor.TransactOpts, newQuorumNumerator)
}

// UpdateQuorumNumerator is a paid mutator transaction binding the contract method 0x06f3f9e6.
//
// Solidity: function updateQuorumNumerator(uint256 newQuorumNumerator) returns()
func (_BevanGovernor *BevanGovernorTransactorSession) UpdateQuorumNumerator(newQuorumNumerator *big.Int) (*types.Transaction, error) {
	return _BevanGovernor.Contract.UpdateQuorumNumerator(&_BevanGovernor.TransactOpts, newQuorumNumerator)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_BevanGovernor *BevanGovernorTransactor) UpdateTimelock(opts *bind.TransactOpts, newTimelock common.Address) (*types.Transaction, error) {
	return _BevanGovernor.contract.Transact(opts, "updateTimelock", newTimelock)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_BevanGovernor *BevanGovernorSession) UpdateTimelock(newTimelock common.Address) (*types.Transaction, error) {
	return _BevanGovernor.Contract.UpdateTimelock(&_BevanGovernor.TransactOpts, newTimelock)
}

// UpdateTimelock is a paid mutator transaction binding the contract method 0xa890c910.
//
// Solidity: function updateTimelock(address newTimelock) returns()
func (_BevanGovernor *BevanGovernorTransactorSession) UpdateTimelock(newTimelock common.Address) (*types.Transaction, error) {
	return _BevanGovernor.Contract.UpdateTimelock(&_BevanGovernor.TransactOpts, newTimelock)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_BevanGovernor *BevanGovernorTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _BevanGovernor.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_BevanGovernor *BevanGovernorSession) Receive() (*types.Transaction, error) {
	return _BevanGovernor.Contract.Receive(&_BevanGovernor.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_BevanGovernor *BevanGovernorTransactorSession) Receive() (*types.Transaction, error) {
	return _BevanGovernor.Contract.Receive(&_BevanGovernor.TransactOpts)
}

// BevanGovernorEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the BevanGovernor contract.
type BevanGovernorEIP712DomainChangedIterator struct {
	Event *BevanGovernorEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorEIP712DomainChanged represents a EIP712DomainChanged event raised by the BevanGovernor contract.
type BevanGovernorEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanGovernor *BevanGovernorFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*BevanGovernorEIP712DomainChangedIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorEIP712DomainChangedIterator{contract: _BevanGovernor.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanGovernor *BevanGovernorFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *BevanGovernorEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorEIP712DomainChanged)
				if err := _BevanGovernor.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_BevanGovernor *BevanGovernorFilterer) ParseEIP712DomainChanged(log types.Log) (*BevanGovernorEIP712DomainChanged, error) {
	event := new(BevanGovernorEIP712DomainChanged)
	if err := _BevanGovernor.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorProposalCanceledIterator is returned from FilterProposalCanceled and is used to iterate over the raw logs and unpacked data for ProposalCanceled events raised by the BevanGovernor contract.
type BevanGovernorProposalCanceledIterator struct {
	Event *BevanGovernorProposalCanceled // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorProposalCanceledIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorProposalCanceled)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorProposalCanceled)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorProposalCanceledIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorProposalCanceledIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorProposalCanceled represents a ProposalCanceled event raised by the BevanGovernor contract.
type BevanGovernorProposalCanceled struct {
	ProposalId *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalCanceled is a free log retrieval operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) FilterProposalCanceled(opts *bind.FilterOpts) (*BevanGovernorProposalCanceledIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "ProposalCanceled")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorProposalCanceledIterator{contract: _BevanGovernor.contract, event: "ProposalCanceled", logs: logs, sub: sub}, nil
}

// WatchProposalCanceled is a free log subscription operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) WatchProposalCanceled(opts *bind.WatchOpts, sink chan<- *BevanGovernorProposalCanceled) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "ProposalCanceled")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorProposalCanceled)
				if err := _BevanGovernor.contract.UnpackLog(event, "ProposalCanceled", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalCanceled is a log parse operation binding the contract event 0x789cf55be980739dad1d0699b93b58e806b51c9d96619bfa8fe0a28abaa7b30c.
//
// Solidity: event ProposalCanceled(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) ParseProposalCanceled(log types.Log) (*BevanGovernorProposalCanceled, error) {
	event := new(BevanGovernorProposalCanceled)
	if err := _BevanGovernor.contract.UnpackLog(event, "ProposalCanceled", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorProposalCreatedIterator is returned from FilterProposalCreated and is used to iterate over the raw logs and unpacked data for ProposalCreated events raised by the BevanGovernor contract.
type BevanGovernorProposalCreatedIterator struct {
	Event *BevanGovernorProposalCreated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorProposalCreatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorProposalCreated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorProposalCreated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorProposalCreatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorProposalCreatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorProposalCreated represents a ProposalCreated event raised by the BevanGovernor contract.
type BevanGovernorProposalCreated struct {
	ProposalId  *big.Int
	Proposer    common.Address
	Targets     []common.Address
	Values      []*big.Int
	Signatures  []string
	Calldatas   [][]byte
	VoteStart   *big.Int
	VoteEnd     *big.Int
	Description string
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterProposalCreated is a free log retrieval operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_BevanGovernor *BevanGovernorFilterer) FilterProposalCreated(opts *bind.FilterOpts) (*BevanGovernorProposalCreatedIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "ProposalCreated")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorProposalCreatedIterator{contract: _BevanGovernor.contract, event: "ProposalCreated", logs: logs, sub: sub}, nil
}

// WatchProposalCreated is a free log subscription operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_BevanGovernor *BevanGovernorFilterer) WatchProposalCreated(opts *bind.WatchOpts, sink chan<- *BevanGovernorProposalCreated) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "ProposalCreated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorProposalCreated)
				if err := _BevanGovernor.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalCreated is a log parse operation binding the contract event 0x7d84a6263ae0d98d3329bd7b46bb4e8d6f98cd35a7adb45c274c8b7fd5ebd5e0.
//
// Solidity: event ProposalCreated(uint256 proposalId, address proposer, address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, uint256 voteStart, uint256 voteEnd, string description)
func (_BevanGovernor *BevanGovernorFilterer) ParseProposalCreated(log types.Log) (*BevanGovernorProposalCreated, error) {
	event := new(BevanGovernorProposalCreated)
	if err := _BevanGovernor.contract.UnpackLog(event, "ProposalCreated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorProposalExecutedIterator is returned from FilterProposalExecuted and is used to iterate over the raw logs and unpacked data for ProposalExecuted events raised by the BevanGovernor contract.
type BevanGovernorProposalExecutedIterator struct {
	Event *BevanGovernorProposalExecuted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorProposalExecutedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorProposalExecuted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorProposalExecuted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorProposalExecutedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorProposalExecutedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorProposalExecuted represents a ProposalExecuted event raised by the BevanGovernor contract.
type BevanGovernorProposalExecuted struct {
	ProposalId *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalExecuted is a free log retrieval operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) FilterProposalExecuted(opts *bind.FilterOpts) (*BevanGovernorProposalExecutedIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "ProposalExecuted")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorProposalExecutedIterator{contract: _BevanGovernor.contract, event: "ProposalExecuted", logs: logs, sub: sub}, nil
}

// WatchProposalExecuted is a free log subscription operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) WatchProposalExecuted(opts *bind.WatchOpts, sink chan<- *BevanGovernorProposalExecuted) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "ProposalExecuted")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorProposalExecuted)
				if err := _BevanGovernor.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalExecuted is a log parse operation binding the contract event 0x712ae1383f79ac853f8d882153778e0260ef8f03b504e2866e0593e04d2b291f.
//
// Solidity: event ProposalExecuted(uint256 proposalId)
func (_BevanGovernor *BevanGovernorFilterer) ParseProposalExecuted(log types.Log) (*BevanGovernorProposalExecuted, error) {
	event := new(BevanGovernorProposalExecuted)
	if err := _BevanGovernor.contract.UnpackLog(event, "ProposalExecuted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorProposalQueuedIterator is returned from FilterProposalQueued and is used to iterate over the raw logs and unpacked data for ProposalQueued events raised by the BevanGovernor contract.
type BevanGovernorProposalQueuedIterator struct {
	Event *BevanGovernorProposalQueued // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorProposalQueuedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorProposalQueued)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorProposalQueued)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorProposalQueuedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorProposalQueuedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorProposalQueued represents a ProposalQueued event raised by the BevanGovernor contract.
type BevanGovernorProposalQueued struct {
	ProposalId *big.Int
	EtaSeconds *big.Int
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterProposalQueued is a free log retrieval operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_BevanGovernor *BevanGovernorFilterer) FilterProposalQueued(opts *bind.FilterOpts) (*BevanGovernorProposalQueuedIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "ProposalQueued")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorProposalQueuedIterator{contract: _BevanGovernor.contract, event: "ProposalQueued", logs: logs, sub: sub}, nil
}

// WatchProposalQueued is a free log subscription operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_BevanGovernor *BevanGovernorFilterer) WatchProposalQueued(opts *bind.WatchOpts, sink chan<- *BevanGovernorProposalQueued) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "ProposalQueued")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorProposalQueued)
				if err := _BevanGovernor.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalQueued is a log parse operation binding the contract event 0x9a2e42fd6722813d69113e7d0079d3d940171428df7373df9c7f7617cfda2892.
//
// Solidity: event ProposalQueued(uint256 proposalId, uint256 etaSeconds)
func (_BevanGovernor *BevanGovernorFilterer) ParseProposalQueued(log types.Log) (*BevanGovernorProposalQueued, error) {
	event := new(BevanGovernorProposalQueued)
	if err := _BevanGovernor.contract.UnpackLog(event, "ProposalQueued", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorProposalThresholdSetIterator is returned from FilterProposalThresholdSet and is used to iterate over the raw logs and unpacked data for ProposalThresholdSet events raised by the BevanGovernor contract.
type BevanGovernorProposalThresholdSetIterator struct {
	Event *BevanGovernorProposalThresholdSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorProposalThresholdSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorProposalThresholdSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorProposalThresholdSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorProposalThresholdSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorProposalThresholdSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorProposalThresholdSet represents a ProposalThresholdSet event raised by the BevanGovernor contract.
type BevanGovernorProposalThresholdSet struct {
	OldProposalThreshold *big.Int
	NewProposalThreshold *big.Int
	Raw                  types.Log // Blockchain specific contextual infos
}

// FilterProposalThresholdSet is a free log retrieval operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_BevanGovernor *BevanGovernorFilterer) FilterProposalThresholdSet(opts *bind.FilterOpts) (*BevanGovernorProposalThresholdSetIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "ProposalThresholdSet")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorProposalThresholdSetIterator{contract: _BevanGovernor.contract, event: "ProposalThresholdSet", logs: logs, sub: sub}, nil
}

// WatchProposalThresholdSet is a free log subscription operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_BevanGovernor *BevanGovernorFilterer) WatchProposalThresholdSet(opts *bind.WatchOpts, sink chan<- *BevanGovernorProposalThresholdSet) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "ProposalThresholdSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorProposalThresholdSet)
				if err := _BevanGovernor.contract.UnpackLog(event, "ProposalThresholdSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseProposalThresholdSet is a log parse operation binding the contract event 0xccb45da8d5717e6c4544694297c4ba5cf151d455c9bb0ed4fc7a38411bc05461.
//
// Solidity: event ProposalThresholdSet(uint256 oldProposalThreshold, uint256 newProposalThreshold)
func (_BevanGovernor *BevanGovernorFilterer) ParseProposalThresholdSet(log types.Log) (*BevanGovernorProposalThresholdSet, error) {
	event := new(BevanGovernorProposalThresholdSet)
	if err := _BevanGovernor.contract.UnpackLog(event, "ProposalThresholdSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorQuorumNumeratorUpdatedIterator is returned from FilterQuorumNumeratorUpdated and is used to iterate over the raw logs and unpacked data for QuorumNumeratorUpdated events raised by the BevanGovernor contract.
type BevanGovernorQuorumNumeratorUpdatedIterator struct {
	Event *BevanGovernorQuorumNumeratorUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorQuorumNumeratorUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorQuorumNumeratorUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorQuorumNumeratorUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorQuorumNumeratorUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorQuorumNumeratorUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorQuorumNumeratorUpdated represents a QuorumNumeratorUpdated event raised by the BevanGovernor contract.
type BevanGovernorQuorumNumeratorUpdated struct {
	OldQuorumNumerator *big.Int
	NewQuorumNumerator *big.Int
	Raw                types.Log // Blockchain specific contextual infos
}

// FilterQuorumNumeratorUpdated is a free log retrieval operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_BevanGovernor *BevanGovernorFilterer) FilterQuorumNumeratorUpdated(opts *bind.FilterOpts) (*BevanGovernorQuorumNumeratorUpdatedIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "QuorumNumeratorUpdated")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorQuorumNumeratorUpdatedIterator{contract: _BevanGovernor.contract, event: "QuorumNumeratorUpdated", logs: logs, sub: sub}, nil
}

// WatchQuorumNumeratorUpdated is a free log subscription operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_BevanGovernor *BevanGovernorFilterer) WatchQuorumNumeratorUpdated(opts *bind.WatchOpts, sink chan<- *BevanGovernorQuorumNumeratorUpdated) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "QuorumNumeratorUpdated")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorQuorumNumeratorUpdated)
				if err := _BevanGovernor.contract.UnpackLog(event, "QuorumNumeratorUpdated", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseQuorumNumeratorUpdated is a log parse operation binding the contract event 0x0553476bf02ef2726e8ce5ced78d63e26e602e4a2257b1f559418e24b4633997.
//
// Solidity: event QuorumNumeratorUpdated(uint256 oldQuorumNumerator, uint256 newQuorumNumerator)
func (_BevanGovernor *BevanGovernorFilterer) ParseQuorumNumeratorUpdated(log types.Log) (*BevanGovernorQuorumNumeratorUpdated, error) {
	event := new(BevanGovernorQuorumNumeratorUpdated)
	if err := _BevanGovernor.contract.UnpackLog(event, "QuorumNumeratorUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorTimelockChangeIterator is returned from FilterTimelockChange and is used to iterate over the raw logs and unpacked data for TimelockChange events raised by the BevanGovernor contract.
type BevanGovernorTimelockChangeIterator struct {
	Event *BevanGovernorTimelockChange // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorTimelockChangeIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorTimelockChange)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorTimelockChange)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorTimelockChangeIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorTimelockChangeIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorTimelockChange represents a TimelockChange event raised by the BevanGovernor contract.
type BevanGovernorTimelockChange struct {
	OldTimelock common.Address
	NewTimelock common.Address
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterTimelockChange is a free log retrieval operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_BevanGovernor *BevanGovernorFilterer) FilterTimelockChange(opts *bind.FilterOpts) (*BevanGovernorTimelockChangeIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "TimelockChange")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorTimelockChangeIterator{contract: _BevanGovernor.contract, event: "TimelockChange", logs: logs, sub: sub}, nil
}

// WatchTimelockChange is a free log subscription operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_BevanGovernor *BevanGovernorFilterer) WatchTimelockChange(opts *bind.WatchOpts, sink chan<- *BevanGovernorTimelockChange) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "TimelockChange")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorTimelockChange)
				if err := _BevanGovernor.contract.UnpackLog(event, "TimelockChange", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseTimelockChange is a log parse operation binding the contract event 0x08f74ea46ef7894f65eabfb5e6e695de773a000b47c529ab559178069b226401.
//
// Solidity: event TimelockChange(address oldTimelock, address newTimelock)
func (_BevanGovernor *BevanGovernorFilterer) ParseTimelockChange(log types.Log) (*BevanGovernorTimelockChange, error) {
	event := new(BevanGovernorTimelockChange)
	if err := _BevanGovernor.contract.UnpackLog(event, "TimelockChange", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorVoteCastIterator is returned from FilterVoteCast and is used to iterate over the raw logs and unpacked data for VoteCast events raised by the BevanGovernor contract.
type BevanGovernorVoteCastIterator struct {
	Event *BevanGovernorVoteCast // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorVoteCastIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorVoteCast)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorVoteCast)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorVoteCastIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorVoteCastIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorVoteCast represents a VoteCast event raised by the BevanGovernor contract.
type BevanGovernorVoteCast struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoteCast is a free log retrieval operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_BevanGovernor *BevanGovernorFilterer) FilterVoteCast(opts *bind.FilterOpts, voter []common.Address) (*BevanGovernorVoteCastIterator, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "VoteCast", voterRule)
	if err != nil {
		return nil, err
	}
	return &BevanGovernorVoteCastIterator{contract: _BevanGovernor.contract, event: "VoteCast", logs: logs, sub: sub}, nil
}

// WatchVoteCast is a free log subscription operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_BevanGovernor *BevanGovernorFilterer) WatchVoteCast(opts *bind.WatchOpts, sink chan<- *BevanGovernorVoteCast, voter []common.Address) (event.Subscription, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "VoteCast", voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorVoteCast)
				if err := _BevanGovernor.contract.UnpackLog(event, "VoteCast", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVoteCast is a log parse operation binding the contract event 0xb8e138887d0aa13bab447e82de9d5c1777041ecd21ca36ba824ff1e6c07ddda4.
//
// Solidity: event VoteCast(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason)
func (_BevanGovernor *BevanGovernorFilterer) ParseVoteCast(log types.Log) (*BevanGovernorVoteCast, error) {
	event := new(BevanGovernorVoteCast)
	if err := _BevanGovernor.contract.UnpackLog(event, "VoteCast", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorVoteCastWithParamsIterator is returned from FilterVoteCastWithParams and is used to iterate over the raw logs and unpacked data for VoteCastWithParams events raised by the BevanGovernor contract.
type BevanGovernorVoteCastWithParamsIterator struct {
	Event *BevanGovernorVoteCastWithParams // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorVoteCastWithParamsIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorVoteCastWithParams)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorVoteCastWithParams)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorVoteCastWithParamsIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorVoteCastWithParamsIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorVoteCastWithParams represents a VoteCastWithParams event raised by the BevanGovernor contract.
type BevanGovernorVoteCastWithParams struct {
	Voter      common.Address
	ProposalId *big.Int
	Support    uint8
	Weight     *big.Int
	Reason     string
	Params     []byte
	Raw        types.Log // Blockchain specific contextual infos
}

// FilterVoteCastWithParams is a free log retrieval operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_BevanGovernor *BevanGovernorFilterer) FilterVoteCastWithParams(opts *bind.FilterOpts, voter []common.Address) (*BevanGovernorVoteCastWithParamsIterator, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "VoteCastWithParams", voterRule)
	if err != nil {
		return nil, err
	}
	return &BevanGovernorVoteCastWithParamsIterator{contract: _BevanGovernor.contract, event: "VoteCastWithParams", logs: logs, sub: sub}, nil
}

// WatchVoteCastWithParams is a free log subscription operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_BevanGovernor *BevanGovernorFilterer) WatchVoteCastWithParams(opts *bind.WatchOpts, sink chan<- *BevanGovernorVoteCastWithParams, voter []common.Address) (event.Subscription, error) {

	var voterRule []interface{}
	for _, voterItem := range voter {
		voterRule = append(voterRule, voterItem)
	}

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "VoteCastWithParams", voterRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorVoteCastWithParams)
				if err := _BevanGovernor.contract.UnpackLog(event, "VoteCastWithParams", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVoteCastWithParams is a log parse operation binding the contract event 0xe2babfbac5889a709b63bb7f598b324e08bc5a4fb9ec647fb3cbc9ec07eb8712.
//
// Solidity: event VoteCastWithParams(address indexed voter, uint256 proposalId, uint8 support, uint256 weight, string reason, bytes params)
func (_BevanGovernor *BevanGovernorFilterer) ParseVoteCastWithParams(log types.Log) (*BevanGovernorVoteCastWithParams, error) {
	event := new(BevanGovernorVoteCastWithParams)
	if err := _BevanGovernor.contract.UnpackLog(event, "VoteCastWithParams", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorVotingDelaySetIterator is returned from FilterVotingDelaySet and is used to iterate over the raw logs and unpacked data for VotingDelaySet events raised by the BevanGovernor contract.
type BevanGovernorVotingDelaySetIterator struct {
	Event *BevanGovernorVotingDelaySet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorVotingDelaySetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorVotingDelaySet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorVotingDelaySet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorVotingDelaySetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorVotingDelaySetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorVotingDelaySet represents a VotingDelaySet event raised by the BevanGovernor contract.
type BevanGovernorVotingDelaySet struct {
	OldVotingDelay *big.Int
	NewVotingDelay *big.Int
	Raw            types.Log // Blockchain specific contextual infos
}

// FilterVotingDelaySet is a free log retrieval operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_BevanGovernor *BevanGovernorFilterer) FilterVotingDelaySet(opts *bind.FilterOpts) (*BevanGovernorVotingDelaySetIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "VotingDelaySet")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorVotingDelaySetIterator{contract: _BevanGovernor.contract, event: "VotingDelaySet", logs: logs, sub: sub}, nil
}

// WatchVotingDelaySet is a free log subscription operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_BevanGovernor *BevanGovernorFilterer) WatchVotingDelaySet(opts *bind.WatchOpts, sink chan<- *BevanGovernorVotingDelaySet) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "VotingDelaySet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorVotingDelaySet)
				if err := _BevanGovernor.contract.UnpackLog(event, "VotingDelaySet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVotingDelaySet is a log parse operation binding the contract event 0xc565b045403dc03c2eea82b81a0465edad9e2e7fc4d97e11421c209da93d7a93.
//
// Solidity: event VotingDelaySet(uint256 oldVotingDelay, uint256 newVotingDelay)
func (_BevanGovernor *BevanGovernorFilterer) ParseVotingDelaySet(log types.Log) (*BevanGovernorVotingDelaySet, error) {
	event := new(BevanGovernorVotingDelaySet)
	if err := _BevanGovernor.contract.UnpackLog(event, "VotingDelaySet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// BevanGovernorVotingPeriodSetIterator is returned from FilterVotingPeriodSet and is used to iterate over the raw logs and unpacked data for VotingPeriodSet events raised by the BevanGovernor contract.
type BevanGovernorVotingPeriodSetIterator struct {
	Event *BevanGovernorVotingPeriodSet // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *BevanGovernorVotingPeriodSetIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(BevanGovernorVotingPeriodSet)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(BevanGovernorVotingPeriodSet)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *BevanGovernorVotingPeriodSetIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *BevanGovernorVotingPeriodSetIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// BevanGovernorVotingPeriodSet represents a VotingPeriodSet event raised by the BevanGovernor contract.
type BevanGovernorVotingPeriodSet struct {
	OldVotingPeriod *big.Int
	NewVotingPeriod *big.Int
	Raw             types.Log // Blockchain specific contextual infos
}

// FilterVotingPeriodSet is a free log retrieval operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_BevanGovernor *BevanGovernorFilterer) FilterVotingPeriodSet(opts *bind.FilterOpts) (*BevanGovernorVotingPeriodSetIterator, error) {

	logs, sub, err := _BevanGovernor.contract.FilterLogs(opts, "VotingPeriodSet")
	if err != nil {
		return nil, err
	}
	return &BevanGovernorVotingPeriodSetIterator{contract: _BevanGovernor.contract, event: "VotingPeriodSet", logs: logs, sub: sub}, nil
}

// WatchVotingPeriodSet is a free log subscription operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_BevanGovernor *BevanGovernorFilterer) WatchVotingPeriodSet(opts *bind.WatchOpts, sink chan<- *BevanGovernorVotingPeriodSet) (event.Subscription, error) {

	logs, sub, err := _BevanGovernor.contract.WatchLogs(opts, "VotingPeriodSet")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(BevanGovernorVotingPeriodSet)
				if err := _BevanGovernor.contract.UnpackLog(event, "VotingPeriodSet", log); err != nil {
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseVotingPeriodSet is a log parse operation binding the contract event 0x7e3f7f0708a84de9203036abaa450dccc85ad5ff52f78c170f3edb55cf5e8828.
//
// Solidity: event VotingPeriodSet(uint256 oldVotingPeriod, uint256 newVotingPeriod)
func (_BevanGovernor *BevanGovernorFilterer) ParseVotingPeriodSet(log types.Log) (*BevanGovernorVotingPeriodSet, error) {
	event := new(BevanGovernorVotingPeriodSet)
	if err := _BevanGovernor.contract.UnpackLog(event, "VotingPeriodSet", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
