// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {BevanFixture} from "./BevanFixture.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";

/// @dev The suite with helpers that take a proposal through the DAO: propose, vote, queue, execute.
abstract contract GovernanceFixture is BevanFixture {
    uint8 internal constant AGAINST = 0;
    uint8 internal constant FOR = 1;
    uint8 internal constant ABSTAIN = 2;

    struct Proposal {
        address[] targets;
        uint256[] values;
        bytes[] calldatas;
        string description;
    }

    function _one(address target, bytes memory data, string memory description)
        internal
        pure
        returns (Proposal memory p)
    {
        p.targets = new address[](1);
        p.values = new uint256[](1);
        p.calldatas = new bytes[](1);
        p.targets[0] = target;
        p.calldatas[0] = data;
        p.description = description;
    }

    function _propose(address proposer, Proposal memory p) internal returns (uint256 id) {
        vm.prank(proposer);
        id = governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    function _vote(address voter, uint256 id, uint8 support) internal returns (uint256 weight) {
        vm.prank(voter);
        weight = governor.castVote(id, support);
    }

    function _toVoting(uint256 id) internal {
        vm.roll(governor.proposalSnapshot(id) + 1);
    }

    function _toEnd(uint256 id) internal {
        vm.roll(governor.proposalDeadline(id) + 1);
    }

    /// @dev Proposes `p` by member1, votes `support1` as member1 and `support2` as member2 once voting opens, and
    /// lets voting end.
    function _decide(Proposal memory p, uint8 support1, uint8 support2) internal returns (uint256 id) {
        id = _propose(member1, p);
        _toVoting(id);
        _vote(member1, id, support1);
        _vote(member2, id, support2);
        _toEnd(id);
    }

    function _forVotes(uint256 id) internal view returns (uint256 forVotes) {
        (, forVotes,) = governor.proposalVotes(id);
    }

    function _assertState(uint256 id, IGovernor.ProposalState want, string memory message) internal view {
        assertEq(uint256(governor.state(id)), uint256(want), message);
    }

    function _queue(Proposal memory p) internal returns (uint256) {
        return governor.queue(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
    }

    function _execute(Proposal memory p) internal returns (uint256) {
        return governor.execute(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
    }

    /// @dev Proposes `p` by member1, passes it with all three founders, queues and executes it.
    function _pass(Proposal memory p) internal returns (uint256 id) {
        id = _propose(member1, p);
        _toVoting(id);
        _vote(member1, id, FOR);
        _vote(member2, id, FOR);
        _vote(member3, id, FOR);
        _toEnd(id);
        _queue(p);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        _execute(p);
        _assertState(id, IGovernor.ProposalState.Executed, "executed");
    }
}
