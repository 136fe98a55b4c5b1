// SPDX-License-Identifier: Apache-2.0
pragma solidity ^0.8.30;

import {GovernanceFixture} from "./utils/GovernanceFixture.sol";
import {Membership} from "../src/Membership.sol";
import {BevanGovernor} from "../src/BevanGovernor.sol";
import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {IAccessControl} from "@openzeppelin/contracts/access/IAccessControl.sol";
import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";
import {Errors} from "@openzeppelin/contracts/utils/Errors.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

contract GovernanceTest is GovernanceFixture {
    address internal constant NEW_MEMBER = address(0xBEEF);
    address internal constant NEW_RESPONDER = address(0x912);
    address internal constant NEW_CUSTODIAN = address(0xC058);
    address internal constant OUTSIDER = address(0x0DD);

    bytes32 internal constant BALLOT_TYPEHASH =
        keccak256("Ballot(uint256 proposalId,uint8 support,address voter,uint256 nonce)");

    function _mintProposal(address account, bytes8 code, string memory description)
        internal
        view
        returns (Proposal memory)
    {
        return _one(
            address(membership),
            abi.encodeCall(Membership.mint, (account, code, Membership.Kind.CareProvider)),
            description
        );
    }

    /// @dev A forwarder request, signed with `signerKey`, proposing `p`.
    function _forwardedProposal(uint256 signerKey, Proposal memory p)
        internal
        view
        returns (ERC2771Forwarder.ForwardRequestData memory)
    {
        return _forwardRequest(
            signerKey,
            address(governor),
            abi.encodeCall(governor.propose, (p.targets, p.values, p.calldatas, p.description)),
            500_000
        );
    }

    function _stateBit(IGovernor.ProposalState s) internal pure returns (bytes32) {
        return bytes32(uint256(1) << uint8(s));
    }

    function _ballotDigest(uint256 id, uint8 support, address voter, uint256 nonce) internal view returns (bytes32) {
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("Bevan Governor"), keccak256("1"), block.chainid, address(governor))
        );
        bytes32 structHash = keccak256(abi.encode(BALLOT_TYPEHASH, id, support, voter, nonce));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    function _signBallot(uint256 key, uint256 id, uint8 support, uint256 nonce) internal view returns (bytes memory) {
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(key, _ballotDigest(id, support, vm.addr(key), nonce));
        return abi.encodePacked(r, s, v);
    }

    // ------------------------------------------------------------------ full cycle

    function test_fullCycle_addsMemberAndGrantsRoles() public {
        Proposal memory p;
        p.targets = new address[](3);
        p.values = new uint256[](3);
        p.calldatas = new bytes[](3);
        p.targets[0] = address(membership);
        p.calldatas[0] = abi.encodeCall(Membership.mint, (NEW_MEMBER, "RYX", Membership.Kind.CareProvider));
        p.targets[1] = address(consents);
        p.calldatas[1] = abi.encodeCall(IAccessControl.grantRole, (consents.EMERGENCY_ROLE(), NEW_RESPONDER));
        p.targets[2] = address(anchors);
        p.calldatas[2] = abi.encodeCall(IAccessControl.grantRole, (anchors.CUSTODIAN_ROLE(), NEW_CUSTODIAN));
        p.description = "Admit RYX care provider; new emergency responder and custodian";

        uint256 id = _propose(member1, p);
        assertEq(id, governor.hashProposal(p.targets, p.values, p.calldatas, keccak256(bytes(p.description))), "id");
        assertEq(governor.proposalProposer(id), member1, "proposer");
        assertEq(governor.proposalSnapshot(id), 101 + VOTING_DELAY, "snapshot");
        assertEq(governor.proposalDeadline(id), 101 + VOTING_DELAY + VOTING_PERIOD, "deadline");
        _assertState(id, IGovernor.ProposalState.Pending, "pending");

        // Voting before the snapshot has passed is refused.
        vm.prank(member1);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Pending,
                _stateBit(IGovernor.ProposalState.Active)
            )
        );
        governor.castVote(id, FOR);

        _toVoting(id);
        _assertState(id, IGovernor.ProposalState.Active, "active");
        assertEq(governor.quorum(governor.proposalSnapshot(id)), 2, "quorum: 50% of 3 members, rounded up");
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(member1, id, FOR, 1, "");
        assertEq(_vote(member1, id, FOR), 1, "member1 weight");
        assertEq(_vote(member2, id, FOR), 1, "member2 weight");
        assertEq(_vote(member3, id, AGAINST), 1, "member3 weight");
        (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(id);
        assertEq(against, 1, "against");
        assertEq(forVotes, 2, "for");
        assertEq(abstain, 0, "abstain");

        // A second vote by the same member is refused.
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorAlreadyCastVote.selector, member1));
        governor.castVote(id, AGAINST);

        _toEnd(id);
        _assertState(id, IGovernor.ProposalState.Succeeded, "succeeded");

        uint256 eta = block.timestamp + TIMELOCK_DELAY;
        vm.expectEmit(address(governor));
        emit IGovernor.ProposalQueued(id, eta);
        _queue(p);
        _assertState(id, IGovernor.ProposalState.Queued, "queued");
        assertEq(governor.proposalEta(id), eta, "eta");

        // Not executable before the timelock delay.
        bytes32 opId = timelock.hashOperationBatch(
            p.targets, p.values, p.calldatas, 0, bytes20(address(governor)) ^ keccak256(bytes(p.description))
        );
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                opId,
                bytes32(uint256(1) << uint8(TimelockController.OperationState.Ready))
            )
        );
        _execute(p);

        vm.warp(eta);
        vm.expectEmit(address(governor));
        emit IGovernor.ProposalExecuted(id);
        vm.prank(RELAYER); // anyone may execute
        _execute(p);
        _assertState(id, IGovernor.ProposalState.Executed, "executed");
        assertTrue(timelock.isOperationDone(opId), "timelock operation done");

        // Effects.
        assertTrue(membership.isMember(NEW_MEMBER), "new member");
        assertEq(membership.memberCount(), 4, "four members");
        (bytes8 code, Membership.Kind kind, uint48 joinedAt,) = membership.member(NEW_MEMBER);
        assertEq(bytes32(code), bytes32(bytes8("RYX")), "code");
        assertEq(uint256(kind), uint256(Membership.Kind.CareProvider), "kind");
        assertEq(joinedAt, block.number, "joined at the execution block");
        assertTrue(consents.hasRole(consents.EMERGENCY_ROLE(), NEW_RESPONDER), "emergency role");
        assertTrue(anchors.hasRole(anchors.CUSTODIAN_ROLE(), NEW_CUSTODIAN), "custodian role");

        // The new member votes on the next proposal, proposed in the same block as its admission.
        Proposal memory next = _mintProposal(address(0xBEEF2), "RYY", "Admit RYY");
        uint256 nextId = _propose(member2, next);
        _toVoting(nextId);
        assertEq(governor.quorum(governor.proposalSnapshot(nextId)), 2, "quorum: 50% of 4");
        assertEq(_vote(NEW_MEMBER, nextId, FOR), 1, "new member's vote counts");
        assertEq(_forVotes(nextId), 1, "for");
        // ...and may propose from the block after its admission.
        uint256 ownId = _propose(NEW_MEMBER, _mintProposal(address(0xBEEF3), "RYZ", "Admit RYZ"));
        assertEq(governor.proposalProposer(ownId), NEW_MEMBER, "new member proposes");
    }

    function test_newMemberCannotProposeInItsAdmissionBlock() public {
        _pass(_mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        Proposal memory p = _mintProposal(address(0xBEEF2), "RYY", "Admit RYY");
        vm.prank(NEW_MEMBER);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, NEW_MEMBER, 0, 1));
        governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    function test_proposalRemovesMember() public {
        Proposal memory p = _one(address(membership), abi.encodeCall(Membership.burn, (member3)), "Remove E09000");
        uint256 id = _pass(p);
        uint256 executedAt = block.number;
        assertFalse(membership.isMember(member3), "removed");
        assertEq(membership.memberCount(), 2, "two members");
        (,,, uint48 leftAt) = membership.member(member3);
        assertEq(leftAt, executedAt, "leftAt");

        // member3 still counted on the proposal that removed it (snapshot before the burn).
        assertEq(_forVotes(id), 3, "three for");

        // The removed member can no longer propose, and votes with weight 0 on the next proposal.
        Proposal memory next = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        vm.roll(block.number + 1);
        vm.prank(member3);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, member3, 0, 1));
        governor.propose(next.targets, next.values, next.calldatas, next.description);

        uint256 nextId = _propose(member1, next);
        _toVoting(nextId);
        assertEq(governor.quorum(governor.proposalSnapshot(nextId)), 1, "quorum: 50% of 2");
        assertEq(_vote(member3, nextId, FOR), 0, "former member weighs 0");
        assertEq(_forVotes(nextId), 0, "no for votes");
    }

    function test_burnOfNonMemberFailsExecution() public {
        Proposal memory p = _one(address(membership), abi.encodeCall(Membership.burn, (OUTSIDER)), "Remove outsider");
        uint256 id = _decide(p, FOR, FOR);
        _queue(p);
        vm.warp(block.timestamp + TIMELOCK_DELAY);
        vm.expectRevert(abi.encodeWithSelector(Membership.NotMember.selector, OUTSIDER));
        _execute(p);
        _assertState(id, IGovernor.ProposalState.Queued, "still queued");
    }

    // ------------------------------------------------------------------ castVoteBySig

    function test_castVoteBySig_relayed() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);

        assertEq(governor.BALLOT_TYPEHASH(), BALLOT_TYPEHASH, "typehash");
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = governor.eip712Domain();
        assertEq(keccak256(bytes(name)), keccak256("Bevan Governor"), "domain name");
        assertEq(keccak256(bytes(version)), keccak256("1"), "domain version");
        assertEq(chainId, block.chainid, "chain id");
        assertEq(verifying, address(governor), "verifying contract");

        assertEq(governor.nonces(member2), 0, "nonce before");
        bytes memory sig = _signBallot(MEMBER2_KEY, id, FOR, 0);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(member2, id, FOR, 1, "");
        vm.prank(RELAYER);
        uint256 weight = governor.castVoteBySig(id, FOR, member2, sig);
        assertEq(weight, 1, "weight");
        assertEq(governor.nonces(member2), 1, "nonce bumped");
        assertTrue(governor.hasVoted(id, member2), "member2 voted");
        assertFalse(governor.hasVoted(id, RELAYER), "relayer did not vote");
        assertEq(_forVotes(id), 1, "counted");
    }

    function test_castVoteBySig_replayReverts() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);
        bytes memory sig = _signBallot(MEMBER2_KEY, id, FOR, 0);
        vm.prank(RELAYER);
        governor.castVoteBySig(id, FOR, member2, sig);
        // The nonce moved on, so the old signature no longer recovers to the voter.
        vm.prank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, member2));
        governor.castVoteBySig(id, FOR, member2, sig);
    }

    function test_castVoteBySig_wrongSignerReverts() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);
        // member3 signs a ballot claiming to be member2's.
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(MEMBER3_KEY, _ballotDigest(id, FOR, member2, 0));
        vm.prank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, member2));
        governor.castVoteBySig(id, FOR, member2, abi.encodePacked(r, s, v));
        // A signature for a different support value does not verify either.
        bytes memory sig = _signBallot(MEMBER2_KEY, id, FOR, 0);
        vm.prank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInvalidSignature.selector, member2));
        governor.castVoteBySig(id, AGAINST, member2, sig);
        assertEq(governor.nonces(member2), 0, "nonce unchanged on revert");
    }

    // ------------------------------------------------------------------ weights, quorum

    function test_nonMemberVoteHasZeroWeight() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(OUTSIDER, id, FOR, 0, "");
        assertEq(_vote(OUTSIDER, id, FOR), 0, "weight 0");
        (uint256 against, uint256 forVotes, uint256 abstain) = governor.proposalVotes(id);
        assertEq(against + forVotes + abstain, 0, "nothing counted");
        assertTrue(governor.hasVoted(id, OUTSIDER), "recorded as voted");
        _toEnd(id);
        _assertState(id, IGovernor.ProposalState.Defeated, "outsider cannot pass it");
    }

    function test_nonMemberCannotPropose() public {
        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        vm.prank(OUTSIDER);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorInsufficientProposerVotes.selector, OUTSIDER, 0, 1));
        governor.propose(p.targets, p.values, p.calldatas, p.description);
    }

    function test_defeated_quorumNotMet_cannotBeQueued() public {
        // Six members: quorum is 3 (50 %, exact). Two For votes and nothing else do not reach it.
        vm.startPrank(address(timelock));
        membership.mint(address(0xA1), "AAA1", Membership.Kind.GpPractice);
        membership.mint(address(0xA2), "AAA2", Membership.Kind.GpPractice);
        membership.mint(address(0xA3), "AAA3", Membership.Kind.GpPractice);
        vm.stopPrank();
        vm.roll(block.number + 1);

        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        uint256 id = _propose(member1, p);
        _toVoting(id);
        assertEq(governor.quorum(governor.proposalSnapshot(id)), 3, "quorum of six");
        _vote(member1, id, FOR);
        _vote(member2, id, FOR);
        _toEnd(id);
        _assertState(id, IGovernor.ProposalState.Defeated, "defeated");

        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Defeated,
                _stateBit(IGovernor.ProposalState.Succeeded)
            )
        );
        _queue(p);
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id,
                IGovernor.ProposalState.Defeated,
                _stateBit(IGovernor.ProposalState.Queued) // proposals that need queuing run only once queued
            )
        );
        _execute(p);
        assertFalse(membership.isMember(NEW_MEMBER), "not admitted");
    }

    function test_quorum_roundsUp_proposerAloneCannotPass() public {
        // Three members at 50 %: 1.5 votes rounds up to 2. The proposer's own For vote, unopposed, is not enough.
        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        uint256 id = _propose(member1, p);
        _toVoting(id);
        assertEq(governor.quorum(governor.proposalSnapshot(id)), 2, "50% of 3 rounds up to 2");
        _vote(member1, id, FOR);
        _toEnd(id);
        _assertState(id, IGovernor.ProposalState.Defeated, "proposer alone: defeated");

        // A second For (or Abstain) vote reaches it.
        Proposal memory p2 = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX, with a second");
        uint256 id2 = _decide(p2, FOR, ABSTAIN);
        _assertState(id2, IGovernor.ProposalState.Succeeded, "two votes: succeeded");
    }

    /// @dev For any number of members and any quorum percentage, quorum is the smallest vote count that is at least
    /// the percentage of members: ceil(members * percent / 100).
    function testFuzz_quorum_isCeilingOfFraction(uint8 extraMembers, uint8 percent) public {
        uint256 extra = bound(extraMembers, 0, 40);
        uint256 pct = bound(percent, 1, 100);
        vm.startPrank(address(timelock));
        for (uint256 i = 0; i < extra; ++i) {
            bytes8 code = bytes8(bytes.concat("Z", bytes1(uint8(65 + i / 26)), bytes1(uint8(65 + i % 26))));
            membership.mint(address(uint160(0xA000 + i)), code, Membership.Kind.GpPractice);
        }
        vm.stopPrank();
        BevanGovernor g = new BevanGovernor(membership, timelock, address(forwarder), 1, VOTING_PERIOD, pct);
        vm.roll(block.number + 1);
        uint256 members = 3 + extra;
        uint256 q = g.quorum(block.number - 1);
        assertTrue(q * 100 >= members * pct, "quorum is at least the fraction");
        assertTrue((q - 1) * 100 < members * pct, "and the smallest such count");
    }

    function test_defeated_noVotesOrOnlyAgainst() public {
        Proposal memory p1 = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        Proposal memory p2 = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX, again");
        uint256 id1 = _propose(member1, p1);
        uint256 id2 = _propose(member1, p2);
        _toVoting(id1);
        // Against votes do not count towards quorum.
        _vote(member1, id2, AGAINST);
        _vote(member2, id2, AGAINST);
        _toEnd(id1);
        _assertState(id1, IGovernor.ProposalState.Defeated, "no votes");
        _assertState(id2, IGovernor.ProposalState.Defeated, "only against");
        vm.expectRevert(
            abi.encodeWithSelector(
                IGovernor.GovernorUnexpectedProposalState.selector,
                id1,
                IGovernor.ProposalState.Defeated,
                _stateBit(IGovernor.ProposalState.Succeeded)
            )
        );
        _queue(p1);
    }

    function test_abstainCountsTowardsQuorumButDoesNotPass() public {
        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        uint256 id = _decide(p, ABSTAIN, ABSTAIN);
        _assertState(id, IGovernor.ProposalState.Defeated, "no for votes");
    }

    function test_proposerCancelsPendingProposal() public {
        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        uint256 id = _propose(member1, p);
        vm.prank(member2);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorUnableToCancel.selector, id, member2));
        governor.cancel(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        vm.prank(member1);
        governor.cancel(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        _assertState(id, IGovernor.ProposalState.Canceled, "canceled");
    }

    // ------------------------------------------------------------------ ERC-2771

    function test_voteThroughForwarder_countsForSigner() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);
        ERC2771Forwarder.ForwardRequestData memory req =
            _forwardRequest(MEMBER2_KEY, address(governor), abi.encodeCall(governor.castVote, (id, FOR)), 300_000);
        vm.expectEmit(address(governor));
        emit IGovernor.VoteCast(member2, id, FOR, 1, "");
        vm.prank(RELAYER);
        forwarder.execute(req);
        assertTrue(governor.hasVoted(id, member2), "signer voted");
        assertFalse(governor.hasVoted(id, RELAYER), "relayer did not");
        assertFalse(governor.hasVoted(id, address(forwarder)), "forwarder did not");
        assertEq(_forVotes(id), 1, "counted once");
        assertEq(forwarder.nonces(member2), 1, "forwarder nonce");
    }

    function test_proposeThroughForwarder() public {
        // With OpenZeppelin's front-running guard: the description names the signer as proposer.
        Proposal memory p =
            _mintProposal(NEW_MEMBER, "RYX", string.concat("Admit RYX#proposer=", Strings.toHexString(member1)));
        ERC2771Forwarder.ForwardRequestData memory req = _forwardedProposal(MEMBER1_KEY, p);
        vm.prank(RELAYER);
        forwarder.execute(req);
        uint256 id = governor.getProposalId(p.targets, p.values, p.calldatas, keccak256(bytes(p.description)));
        assertEq(governor.proposalProposer(id), member1, "signer is the proposer");
        _assertState(id, IGovernor.ProposalState.Pending, "pending");

        // Someone else cannot front-run the same proposal.
        Proposal memory q =
            _mintProposal(NEW_MEMBER, "RYX", string.concat("Admit RYX again#proposer=", Strings.toHexString(member1)));
        vm.prank(member2);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorRestrictedProposer.selector, member2));
        governor.propose(q.targets, q.values, q.calldatas, q.description);
    }

    function test_proposeThroughForwarder_nonMemberSignerRejected() public {
        Proposal memory p = _mintProposal(NEW_MEMBER, "RYX", "Admit RYX");
        ERC2771Forwarder.ForwardRequestData memory req = _forwardedProposal(PATIENT_KEY, p);
        // The inner call reverts (GovernorInsufficientProposerVotes for the patient); the forwarder reports FailedCall.
        vm.prank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        forwarder.execute(req);
        assertEq(forwarder.nonces(patient), 0, "nonce not consumed");
    }

    /// @dev Only the trusted forwarder's calldata suffix is read as the sender: appending a member's address to a
    /// direct call does not make the caller that member.
    function test_appendedSenderIgnoredFromUntrustedCaller() public {
        uint256 id = _propose(member1, _mintProposal(NEW_MEMBER, "RYX", "Admit RYX"));
        _toVoting(id);
        vm.prank(RELAYER);
        (bool ok,) = address(governor).call(abi.encodePacked(abi.encodeCall(governor.castVote, (id, FOR)), member2));
        assertTrue(ok, "call succeeds");
        assertTrue(governor.hasVoted(id, RELAYER), "counted as the relayer");
        assertFalse(governor.hasVoted(id, member2), "not as the spoofed member");
        assertEq(_forVotes(id), 0, "zero weight");
    }

    // ------------------------------------------------------------------ roles after bootstrap

    function test_onlyTimelockHoldsAdminRoles() public view {
        bytes32 admin = timelock.DEFAULT_ADMIN_ROLE();
        assertFalse(timelock.hasRole(admin, address(this)), "deployer not timelock admin");
        assertFalse(consents.hasRole(admin, address(this)), "deployer not consents admin");
        assertFalse(anchors.hasRole(admin, address(this)), "deployer not anchors admin");
        assertTrue(membership.owner() != address(this), "deployer not membership owner");

        assertTrue(timelock.hasRole(admin, address(timelock)), "timelock administers itself");
        assertTrue(consents.hasRole(admin, address(timelock)), "timelock administers consents");
        assertTrue(anchors.hasRole(admin, address(timelock)), "timelock administers anchors");
        assertEq(membership.owner(), address(timelock), "timelock owns membership");

        assertFalse(timelock.hasRole(admin, address(governor)), "governor not timelock admin");
        assertFalse(consents.hasRole(admin, address(governor)), "governor not consents admin");
        assertFalse(anchors.hasRole(admin, address(governor)), "governor not anchors admin");

        assertTrue(timelock.hasRole(timelock.PROPOSER_ROLE(), address(governor)), "governor proposes");
        assertTrue(timelock.hasRole(timelock.CANCELLER_ROLE(), address(governor)), "governor cancels");
        assertTrue(timelock.hasRole(timelock.EXECUTOR_ROLE(), address(0)), "execution open");
        assertFalse(timelock.hasRole(timelock.PROPOSER_ROLE(), address(this)), "deployer not proposer");
        assertFalse(timelock.hasRole(timelock.CANCELLER_ROLE(), address(this)), "deployer not canceller");
        assertEq(governor.timelock(), address(timelock), "governor's timelock");
        assertEq(address(governor.token()), address(membership), "governor's token");
        assertEq(timelock.getMinDelay(), TIMELOCK_DELAY, "delay");
        assertEq(governor.votingDelay(), VOTING_DELAY, "voting delay");
        assertEq(governor.votingPeriod(), VOTING_PERIOD, "voting period");
        assertEq(governor.proposalThreshold(), 1, "threshold: one member");
        assertEq(governor.quorumNumerator(), QUORUM_PERCENT, "quorum percent");

        address[5] memory others = [member1, member2, member3, address(governor), address(forwarder)];
        for (uint256 i = 0; i < others.length; ++i) {
            assertFalse(timelock.hasRole(admin, others[i]), "no other timelock admin");
            assertFalse(consents.hasRole(admin, others[i]), "no other consents admin");
            assertFalse(anchors.hasRole(admin, others[i]), "no other anchors admin");
        }
    }

    function test_deployerCannotGrantRoles() public {
        bytes32 admin = timelock.DEFAULT_ADMIN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), admin)
        );
        timelock.grantRole(admin, address(this));
        bytes32 emergency = consents.EMERGENCY_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), admin)
        );
        consents.grantRole(emergency, address(this));
        bytes32 custodian = anchors.CUSTODIAN_ROLE();
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, address(this), admin)
        );
        anchors.grantRole(custodian, address(this));
        assertEq(membership.TIMELOCK(), address(timelock), "membership's minter is the timelock, immutably");
    }

    // ------------------------------------------------------------------ no way in but a passed proposal

    function test_directMintReverts_governorAndMembers() public {
        address[4] memory callers = [address(governor), member1, member2, member3];
        for (uint256 i = 0; i < callers.length; ++i) {
            vm.prank(callers[i]);
            vm.expectRevert(abi.encodeWithSelector(Membership.NotTimelock.selector, callers[i]));
            membership.mint(NEW_MEMBER, "RYX", Membership.Kind.CareProvider);
        }
        assertFalse(membership.isMember(NEW_MEMBER), "not a member");
    }

    function test_mintThroughForwarderRejected() public {
        // Membership does not trust the forwarder at all.
        _expectUntrustfulTarget(
            MEMBER1_KEY,
            address(membership),
            abi.encodeCall(Membership.mint, (NEW_MEMBER, "RYX", Membership.Kind.CareProvider))
        );
    }

    function test_membersCannotScheduleOnTimelockDirectly() public {
        bytes memory data = abi.encodeCall(Membership.mint, (NEW_MEMBER, "RYX", Membership.Kind.CareProvider));
        bytes32 proposerRole = timelock.PROPOSER_ROLE();
        vm.prank(member1);
        vm.expectRevert(
            abi.encodeWithSelector(IAccessControl.AccessControlUnauthorizedAccount.selector, member1, proposerRole)
        );
        timelock.schedule(address(membership), 0, data, 0, 0, TIMELOCK_DELAY);
        bytes32 opId = timelock.hashOperation(address(membership), 0, data, 0, 0);
        vm.prank(member1);
        vm.expectRevert(
            abi.encodeWithSelector(
                TimelockController.TimelockUnexpectedOperationState.selector,
                opId,
                bytes32(uint256(1) << uint8(TimelockController.OperationState.Ready))
            )
        );
        timelock.execute(address(membership), 0, data, 0, 0);
    }

    function test_governorRelayOnlyByTimelock() public {
        bytes memory data = abi.encodeCall(Membership.mint, (NEW_MEMBER, "RYX", Membership.Kind.CareProvider));
        vm.prank(member1);
        vm.expectRevert(abi.encodeWithSelector(IGovernor.GovernorOnlyExecutor.selector, member1));
        governor.relay(address(membership), 0, data);
    }

    // ------------------------------------------------------------------ ERC-2771 + Multicall

    /// @dev The December 2023 ERC-2771 address-spoofing attack needs a contract that both trusts a forwarder and
    /// has a `multicall(bytes[])` that delegatecalls itself: the forwarder appends the signer once to the outer
    /// call, but each inner call's calldata is chosen by the attacker, so its last 20 bytes (read as the sender
    /// while msg.sender is still the forwarder) can name anyone. No Bevan contract has a multicall, so the
    /// selector reaches no function; Bevan's forwarder-trusting contracts read the sender only from the one
    /// outer call.
    function test_noContractExposesMulticall() public {
        bytes memory call = abi.encodeWithSignature("multicall(bytes[])", new bytes[](0));
        address[6] memory targets = [
            address(consents),
            address(anchors),
            address(governor),
            address(membership),
            address(timelock),
            address(forwarder)
        ];
        for (uint256 i = 0; i < targets.length; ++i) {
            (bool ok,) = targets[i].call(call);
            assertFalse(ok, "multicall(bytes[]) must not exist");
        }
        // Nor through the forwarder: the forwarded call fails.
        bytes[] memory inner = new bytes[](1);
        inner[0] = abi.encodePacked(abi.encodeWithSignature("appointGuardian(address)", guardian), patient);
        ERC2771Forwarder.ForwardRequestData memory req = _forwardRequest(
            GUARDIAN_KEY, address(consents), abi.encodeWithSignature("multicall(bytes[])", inner), 200_000
        );
        vm.prank(RELAYER);
        vm.expectRevert(abi.encodeWithSelector(Errors.FailedCall.selector));
        forwarder.execute(req);
        assertFalse(consents.isGuardian(patient, guardian), "no guardian appointed");
    }

    // ------------------------------------------------------------------ break-glass revocation

    /// @dev Revoking a stolen emergency key by proposal takes a voting delay, a voting period and the timelock delay;
    /// a revoker the DAO named beforehand does it in one transaction.
    function test_daoNamesEmergencyRevoker_whoRevokesAtOnce() public {
        address revokerAccount = address(0x5707);
        bytes32 revokerRole = consents.EMERGENCY_REVOKER_ROLE();
        _pass(
            _one(address(consents), abi.encodeCall(consents.grantRole, (revokerRole, revokerAccount)), "Name revoker")
        );
        assertTrue(consents.hasRole(revokerRole, revokerAccount), "revoker named by the DAO");

        uint256 blockBefore = block.number;
        uint256 timeBefore = block.timestamp;
        vm.prank(revokerAccount);
        consents.revokeEmergencyRole(RESPONDER);
        assertFalse(consents.hasRole(consents.EMERGENCY_ROLE(), RESPONDER), "revoked");
        assertEq(block.number, blockBefore, "same block");
        assertEq(block.timestamp, timeBefore, "no delay");
    }
}
