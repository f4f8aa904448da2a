package news.verbatim.check;

/** The OpenAPI example of a page check: two fixture quotes reprinted, one of them with its "not" dropped. */
final class CheckExamples {

    static final String REQUEST_TEXT = "“Israel has no interest in a war of attrition,” Gideon Sa'ar said.\n\n"
            + "“Whatever the consequences, the resistance will let these Israeli attacks pass by,” Hassan"
            + " Nasrallah said.";

    static final String REQUEST = """
{
  "text": "“Israel has no interest in a war of attrition,” Gideon Sa'ar said.\\n\\n“Whatever the consequences, the resistance will let these Israeli attacks pass by,” Hassan Nasrallah said.",
  "outlet": "Example Daily",
  "publishedAt": "2024-08-08"
}""";

    /** The answer of the fixture corpus to {@link #REQUEST} (ids as the fixture loader assigns them). */
    static final String RESPONSE = """
{
  "summary": {
    "quotesFound": 2,
    "quotesChecked": 2,
    "unchecked": 0,
    "byVerdict": {
      "VERIFIED": 1,
      "EXCERPT": 0,
      "ALTERED": 1,
      "MISATTRIBUTED": 0,
      "UNATTRIBUTED": 0,
      "NOT_FOUND": 0
    },
    "attention": [
      1
    ]
  },
  "quotes": [
    {
      "start": 1,
      "end": 45,
      "text": "Israel has no interest in a war of attrition",
      "kind": "FULL",
      "continuesPrevious": false,
      "speaker": {
        "name": "Gideon Sa'ar",
        "kind": "PERSON",
        "nameForms": [
          "Gideon Sa'ar"
        ],
        "claimed": true
      },
      "attribution": {
        "method": "CUE_AFTER",
        "cue": "Gideon Sa'ar said",
        "cueStart": 48,
        "cueEnd": 65
      },
      "verdict": "VERIFIED",
      "explanation": "Verified: the words match a quote by Gideon Sa'ar exactly (attributed by: “Sa'ar told”).",
      "needsAttention": false,
      "attestedSpeakers": [
        {
          "speakerId": 5,
          "name": "Gideon Sa'ar"
        }
      ],
      "claimedSource": {
        "outlet": "Example Daily",
        "date": "2024-08-08",
        "carried": false
      },
      "bestMatch": {
        "quoteId": 63,
        "statementId": 61,
        "text": "Israel has no interest in a war of attrition.",
        "speaker": "Gideon Sa'ar",
        "speakerId": 5,
        "outlet": "Jerusalem Post",
        "date": "2024-08-06",
        "score": 1.0,
        "wording": "EXACT",
        "meaningChanged": false,
        "meaningChanges": [],
        "diff": [
          {
            "op": "equal",
            "submitted": "Israel has no interest in a war of attrition",
            "attested": "Israel has no interest in a war of attrition"
          }
        ],
        "attributedBy": "Sa'ar told"
      },
      "firstAppearance": {
        "articleId": 52,
        "quoteId": 63,
        "outlet": "Jerusalem Post",
        "title": "US urges Israel and Iran to constrain reprisal responses, avoid all out war",
        "url": null,
        "date": "2024-08-06",
        "text": "Israel has no interest in a war of attrition.",
        "first": true,
        "attribution": {
          "method": "SURNAME",
          "cue": "Sa'ar told",
          "cueStart": 2024,
          "cueEnd": 2034
        },
        "copy": false
      },
      "sourceCount": 1,
      "independentOutlets": 1
    },
    {
      "start": 69,
      "end": 149,
      "text": "Whatever the consequences, the resistance will let these Israeli attacks pass by",
      "kind": "FULL",
      "continuesPrevious": false,
      "speaker": {
        "name": "Hassan Nasrallah",
        "kind": "PERSON",
        "nameForms": [
          "Hassan Nasrallah"
        ],
        "claimed": true
      },
      "attribution": {
        "method": "CUE_AFTER",
        "cue": "Hassan Nasrallah said",
        "cueStart": 152,
        "cueEnd": 173
      },
      "verdict": "ALTERED",
      "explanation": "Altered: a quote by Hassan Nasrallah with 1 word dropped (“not”) — this changes the meaning (attributed by: “he said”).",
      "needsAttention": true,
      "attestedSpeakers": [
        {
          "speakerId": 3,
          "name": "Hassan Nasrallah"
        }
      ],
      "claimedSource": {
        "outlet": "Example Daily",
        "date": "2024-08-08",
        "carried": false
      },
      "bestMatch": {
        "quoteId": 64,
        "statementId": 62,
        "text": "Whatever the consequences, the resistance will not let these Israeli attacks pass by",
        "speaker": "Hassan Nasrallah",
        "speakerId": 3,
        "outlet": "Jerusalem Post",
        "date": "2024-08-06",
        "score": 0.96,
        "wording": "ALTERED",
        "meaningChanged": true,
        "meaningChanges": [
          {
            "type": "NEGATION",
            "submitted": "",
            "attested": "not"
          }
        ],
        "diff": [
          {
            "op": "equal",
            "submitted": "Whatever the consequences the resistance will",
            "attested": "Whatever the consequences the resistance will"
          },
          {
            "op": "delete",
            "submitted": "",
            "attested": "not"
          },
          {
            "op": "equal",
            "submitted": "let these Israeli attacks pass by",
            "attested": "let these Israeli attacks pass by"
          }
        ],
        "attributedBy": "he said"
      },
      "firstAppearance": {
        "articleId": 52,
        "quoteId": 64,
        "outlet": "Jerusalem Post",
        "title": "US urges Israel and Iran to constrain reprisal responses, avoid all out war",
        "url": null,
        "date": "2024-08-06",
        "text": "Whatever the consequences, the resistance will not let these Israeli attacks pass by",
        "first": true,
        "attribution": {
          "method": "PRONOUN",
          "cue": "he said",
          "cueStart": 2621,
          "cueEnd": 2628
        },
        "copy": false
      },
      "sourceCount": 1,
      "independentOutlets": 1
    }
  ],
  "leftOutArticles": []
}""";

    private CheckExamples() {}
}
